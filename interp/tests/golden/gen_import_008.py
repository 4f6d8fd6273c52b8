# Generated: import statements, set 8.
from a.b.c import path as path_alias, name, Thing, ñ
from . . .a.b.c import (Thing as Thing_alias,
    name,)
from . . .xml.etree.ElementTree import (Thing, name, ñ)
from mod_ü import (name, Thing as Thing_alias, join as join_alias, ñ)
from xml.etree.ElementTree import join, path, other as other_alias
from mod_ü import (path, other,)
import collections.abc as x_y, mod_ü
import pkg as x_y, collections.abc as x_y, sys
import pkg as m, xml.etree.ElementTree as alias, collections.abc as alias
import sys
from os import *
from ..collections.abc import (name, Thing, ñ, join,)
from ...os import (Thing as Thing_alias)
from ....a.b.c import ñ as ñ_alias, path, join as join_alias
from ....os.path import path, join as join_alias
from ....mod_ü import *
from ... os import (name as name_alias,
    Thing,
    join)
from a.b.c import *
import collections.abc as m, sys, xml.etree.ElementTree as alias
from xml.etree.ElementTree import name as name_alias, join, path
