# Generated: import statements, set 4.
from . . . import (path)
from pkg import (name,)
from . . . import join, other as other_alias, path as path_alias
from ..mod_ü import *
from . . .mod_ü import other as other_alias
from sys import Thing, path as path_alias, other
import mod_ü as x_y, sys as alias
from ..collections.abc import *
from ..pkg import path as path_alias, ñ, Thing
import pkg, a.b.c as x_y
from ..mod_ü import join, ñ, other
from . . .a.b.c import ñ, other as other_alias, join as join_alias, name
import pkg as alias
from .... import *
from os.path import (join, path as path_alias, ñ as ñ_alias,)
from . . .mod_ü import join
import sys, collections.abc as x_y
from .mod_ü import *
from ..pkg import name, join, path, ñ
from sys import (path,)
