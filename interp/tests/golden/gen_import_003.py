# Generated: import statements, set 3.
from ... import name, Thing, join as join_alias, other
from ...os import other as other_alias, name as name_alias
import xml.etree.ElementTree as m
import pkg as m
from .pkg import path as path_alias, name
import os.path, xml.etree.ElementTree as alias
from ..mod_ü import (name,)
from ... import (path,
    ñ,
    name)
from .... os.path import other, name, join, ñ
from xml.etree.ElementTree import (Thing as Thing_alias, join)
from ....pkg import (path as path_alias,
    join,
    other,
    Thing as Thing_alias,)
import a.b.c as x_y
from os.path import other, name, join, ñ
from ...mod_ü import Thing, join
from collections.abc import (join)
import xml.etree.ElementTree, mod_ü as m, pkg
from . . . import other, name, Thing
from ...pkg import other as other_alias, name, path, Thing
from ..os import (ñ as ñ_alias,
    path,
    join,
    other,)
from xml.etree.ElementTree import ñ, name
