"""Abstract Base Classes for containers (3.4 ``collections.abc``)."""

from _collections_abc import *
from _collections_abc import __all__
