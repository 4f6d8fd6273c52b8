# Generated: import statements, set 9.
from . . .collections.abc import path as path_alias, ñ as ñ_alias, Thing, name
from ..os.path import Thing
from ....sys import join, Thing, other, name as name_alias
from ....xml.etree.ElementTree import (other,
    path)
import xml.etree.ElementTree as x_y
import pkg
from os.path import name, Thing, path
from ...collections.abc import *
from ...pkg import Thing, ñ, name as name_alias, join
import pkg, xml.etree.ElementTree
import a.b.c as x_y, mod_ü
from ...mod_ü import Thing
import a.b.c
import a.b.c, os.path as m, xml.etree.ElementTree
import os.path as alias, a.b.c as alias
from ...a.b.c import (join, name, path, Thing,)
import xml.etree.ElementTree
import collections.abc as alias, xml.etree.ElementTree as m
from ...mod_ü import ñ, join as join_alias, other, Thing
from ..pkg import (other, ñ as ñ_alias, path)
