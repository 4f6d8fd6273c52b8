"""Container datatypes (Kaa's Python 3.4 ``collections``).

deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap and the
User* wrappers, plus the ABCs of collections.abc re-exported under their
3.4 aliases (``collections.Mapping`` and so on).
"""

__all__ = ['deque', 'defaultdict', 'namedtuple', 'UserDict', 'UserList',
           'UserString', 'Counter', 'OrderedDict', 'ChainMap']

import _collections_abc
from _collections_abc import *

__all__ += _collections_abc.__all__

from collections._deque import deque
from collections._dicts import defaultdict, OrderedDict
from collections._counter import Counter
from collections._namedtuple import namedtuple
from collections._chainmap import ChainMap
from collections._user import UserDict, UserList, UserString
