"""Abstract Base Classes (Kaa's Python 3.4 ``abc``).

ABCMeta is a ``type`` subclass whose ``__new__``, ``register``,
``__instancecheck__`` and ``__subclasscheck__`` are native (``_kaa_abc``,
interp/src/modules/abc_native.rs) with the algorithm and the per-class
attributes of CPython 3.4's pure-Python version, so class creation at import
time stays cheap.  The VM supplies ``isinstance``/``issubclass`` calling the
metaclass hooks, ``type.__subclasses__`` and ``object.__new__`` refusing
classes whose ``__abstractmethods__`` is non-empty.  The registries and
caches hold strong references (there is no weakref here); they live and die
with the evaluation.
"""

import _kaa_abc

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    A class whose metaclass is derived from ABCMeta cannot be instantiated
    unless all of its abstract methods are overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""

    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed directly,
    and then acts as a mix-in class.  You can also register unrelated
    concrete classes (even built-in classes) and unrelated ABCs as
    'virtual subclasses' with register().
    """

    # Bumped by every register() call, so that negative caches expire.
    _abc_invalidation_counter = 0

    # __new__, register, __instancecheck__ and __subclasscheck__ are native
    # (_kaa_abc._install below), with the algorithm of CPython 3.4's abc.py:
    # __new__ computes __abstractmethods__ (names in the namespace whose
    # value has a true __isabstractmethod__, plus the bases' abstract names
    # still abstract in the new class) and gives the class _abc_registry,
    # _abc_cache and _abc_negative_cache (sets) and
    # _abc_negative_cache_version; register() refuses non-classes and
    # inheritance cycles, adds to the registry and bumps the counter;
    # __subclasscheck__ consults the caches, __subclasshook__, the MRO, the
    # registry and the subclasses, caching the answer.

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv.counter: %s' % get_cache_token(), file=file)
        for name in sorted(cls.__dict__):
            if name.startswith('_abc_'):
                print('%s: %r' % (name, getattr(cls, name)), file=file)


_kaa_abc._install(ABCMeta)


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    pass


def get_cache_token():
    """Returns the current ABC cache token.

    The token changes with every call to register() on any ABC.
    """
    return ABCMeta._abc_invalidation_counter
