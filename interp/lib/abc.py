"""Abstract Base Classes (Kaa's Python 3.4 ``abc``).

ABCMeta is a ``type`` subclass implementing ``register``,
``__instancecheck__`` and ``__subclasscheck__``.  It relies on the VM for:
``isinstance``/``issubclass`` calling the metaclass hooks, ``type.__subclasses__``,
and ``object.__new__`` refusing classes whose ``__abstractmethods__`` is
non-empty.  The registries hold strong references (there is no weakref here);
interpreter processes are short-lived, so classes are not meant to be freed.
"""

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


def _subclasses(cls):
    """type.__subclasses__(cls), or () where the interpreter lacks it."""
    method = getattr(type, '__subclasses__', None)
    return method(cls) if method is not None else ()


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed directly,
    and then acts as a mix-in class.  You can also register unrelated
    concrete classes (even built-in classes) and unrelated ABCs as
    'virtual subclasses' with register().
    """

    # Bumped by every register() call, so that negative caches expire.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        abstracts = set()
        for attr, value in namespace.items():
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(attr)
        for base in bases:
            for attr in getattr(base, '__abstractmethods__', ()):
                value = getattr(cls, attr, None)
                if getattr(value, '__isabstractmethod__', False):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv.counter: %s' % get_cache_token(), file=file)
        for name in sorted(cls.__dict__):
            if name.startswith('_abc_'):
                print('%s: %r' % (name, getattr(cls, name)), file=file)

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for child in _subclasses(cls):
            if issubclass(subclass, child):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


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
