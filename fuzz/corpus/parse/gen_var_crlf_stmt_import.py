# Every import form: dotted, as, relative with dots, star, parenthesized lists.
from __future__ import division, print_function
from __future__ import (absolute_import,
                        with_statement)
import os
import os.path
import os.path as osp
import sys, re, json as j
import a.b.c.d as e, f.g
from os import path
from os import path as p, sep
from os.path import (join, split,
                     basename as bn,)
from . import sibling
from .. import parent
from ... import grandparent
from .mod import name
from ..pkg.mod import (a, b as c)
from .... import deep
from ...... import six_dots
from . mod2 import thing
from .. a . b import c
from collections import *
from .x import *
