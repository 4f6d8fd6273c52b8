# Generated: import statements, set 2.
from .os.path import ñ as ñ_alias, other, path, join
from ..os import (name,
    path as path_alias)
from . . .pkg import (Thing, path as path_alias, join as join_alias, ñ)
from ...os.path import *
from .. collections.abc import (other)
from .... sys import (ñ as ñ_alias,
    join,
    other,
    path,)
from ..sys import (ñ)
from mod_ü import *
from ....a.b.c import name, other, join
import os as x_y, os.path
from os import join, ñ, Thing, other
import xml.etree.ElementTree, os.path, a.b.c
from ... import (other)
from sys import (Thing as Thing_alias,)
from xml.etree.ElementTree import *
from . import other as other_alias, ñ, path
from ..sys import other, ñ as ñ_alias, join
import collections.abc as m, collections.abc as x_y, os as alias
from ...os.path import Thing, path, other
from ...mod_ü import (Thing as Thing_alias)
