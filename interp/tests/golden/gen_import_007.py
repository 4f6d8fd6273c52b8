# Generated: import statements, set 7.
from ... a.b.c import (other,
    join as join_alias,
    ñ as ñ_alias,
    Thing,)
import os, a.b.c
from collections.abc import (name as name_alias,
    join)
from os.path import (ñ,)
import pkg as x_y, a.b.c as alias
from . pkg import (path,
    other,
    name,)
from ....os import name, join, Thing
from ..collections.abc import ñ
from .... import (other as other_alias,)
import collections.abc, os
from . . . import ñ as ñ_alias
from ... import (other as other_alias, name, Thing as Thing_alias)
from ..pkg import ñ, name, other as other_alias
import pkg as x_y
import sys, mod_ü, mod_ü
import os.path, os, a.b.c
from ....mod_ü import path
from . xml.etree.ElementTree import Thing
from xml.etree.ElementTree import (name as name_alias,
    Thing,)
from ....xml.etree.ElementTree import ñ
