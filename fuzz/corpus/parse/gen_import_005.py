# Generated: import statements, set 5.
import mod_ü, os
from .collections.abc import *
from ...a.b.c import *
from os.path import (other,
    name,
    path)
from . . . import (ñ as ñ_alias, Thing,)
import os, os.path
from ....a.b.c import (ñ,
    path as path_alias,
    other,)
import xml.etree.ElementTree, xml.etree.ElementTree as m
from sys import (ñ as ñ_alias, join,)
from ... import (path as path_alias)
import os as m, xml.etree.ElementTree
from ...sys import *
from a.b.c import (Thing as Thing_alias, join)
from . . .os import path
from os import (name as name_alias,
    join,
    Thing as Thing_alias,
    path as path_alias,)
import os.path, os.path as alias
import xml.etree.ElementTree, pkg, collections.abc as x_y
import xml.etree.ElementTree, os
from . . .mod_ü import name, ñ, path
import os.path, pkg as x_y, os
