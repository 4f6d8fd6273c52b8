# Generated: import statements, set 1.
from . import other
from os import ñ, path, Thing as Thing_alias, name as name_alias
from ..sys import other
from ...xml.etree.ElementTree import (Thing, other, path)
from . . .sys import (path, ñ,)
from a.b.c import join, ñ, path as path_alias
from ....sys import ñ as ñ_alias, name, join
from ... os import path as path_alias, name, ñ as ñ_alias
from os.path import (Thing, other)
from .a.b.c import (Thing, ñ, other as other_alias,)
import sys, collections.abc
import sys as m
from ..a.b.c import ñ, path as path_alias, join as join_alias
from . . .pkg import *
import collections.abc, a.b.c
from . os.path import Thing, other as other_alias, join
from .... pkg import (other as other_alias,
    join)
from .... import ñ, name as name_alias, path
import os.path
from pkg import Thing as Thing_alias, path as path_alias, join
