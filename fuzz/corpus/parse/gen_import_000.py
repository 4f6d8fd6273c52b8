# Generated: import statements, set 0.
import os.path as m, collections.abc as m, os as m
import pkg as alias
from ....xml.etree.ElementTree import (path, Thing, other as other_alias,)
from .... import (ñ, name, other as other_alias,)
import sys as m, os as m
from .os.path import (name,
    path,)
from ..xml.etree.ElementTree import (join, other as other_alias, path as path_alias,)
from . import (join,
    ñ,)
import os.path, mod_ü as m, a.b.c as alias
from ..pkg import (name,)
from ...pkg import ñ, other
from ... import Thing
import os as m
from os.path import *
from a.b.c import (path, ñ,)
from .xml.etree.ElementTree import (Thing, ñ as ñ_alias,)
from ..pkg import path as path_alias, join, ñ
from . pkg import *
from ..mod_ü import path, Thing, name as name_alias, ñ
from ....os.path import (Thing)
