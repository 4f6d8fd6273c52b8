# Generated: import statements, set 6.
from ..collections.abc import path, ñ, join, Thing as Thing_alias
from sys import join, path
from os import *
import collections.abc as alias, a.b.c, mod_ü
from .sys import (path,
    name)
import sys
import xml.etree.ElementTree
from ..os import *
from . import ñ as ñ_alias
import xml.etree.ElementTree, xml.etree.ElementTree
from pkg import (Thing, join, path as path_alias)
from ... import other, Thing as Thing_alias, name
from . . . os.path import (name,)
from collections.abc import (other as other_alias, Thing, ñ, join,)
from ...sys import (name, other, join)
from ..xml.etree.ElementTree import join, ñ, name
from .... import Thing
from ..pkg import other as other_alias, join, ñ as ñ_alias, name
from ..os import (other as other_alias,)
from xml.etree.ElementTree import (name, other, Thing)
