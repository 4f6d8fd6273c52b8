"""Higher-order functions and operations on callables (Kaa's Python 3.4 ``functools``)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'partialmethod', 'singledispatch']

from collections import namedtuple
from types import MappingProxyType
from _kaa_functools import _install_cmp_key

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes, merge the
    updated ones, and set wrapper.__wrapped__ = wrapped."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- total_ordering ---------------------------------------------------------

def _gt_from_lt(self, other):
    result = self.__lt__(other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = self.__lt__(other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = self.__lt__(other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = self.__le__(other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = self.__le__(other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = self.__le__(other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = self.__gt__(other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = self.__gt__(other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = self.__gt__(other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = self.__ge__(other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = self.__ge__(other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = self.__ge__(other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from one defined one."""
    roots = [op for op in _DERIVED
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__, then __le__, __gt__, __ge__
    for name, function in _DERIVED[root]:
        if name not in roots:
            function.__name__ = name
            function.__doc__ = getattr(int, name).__doc__
            setattr(cls, name, function)
    return cls


# --- cmp_to_key -------------------------------------------------------------

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class KeyWrapper(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __ne__(self, other):
            return mycmp(self.obj, other.obj) != 0

        __hash__ = None
    _install_cmp_key(KeyWrapper, mycmp)  # native comparisons (_kaa_functools)
    return KeyWrapper


# --- reduce -----------------------------------------------------------------

def reduce(*args, **kwargs):
    """reduce(function, sequence[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence,
    from left to right, so as to reduce the sequence to a single value.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if not 2 <= len(args) <= 3:
        if len(args) < 2:
            raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 2:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty sequence with no initial value')
    else:
        value = args[2]
    for item in it:
        value = function(value, item)
    return value


# --- partial ----------------------------------------------------------------

class _ReadOnly(object):
    """Data descriptor exposing a slot read-only, like a C member."""

    def __init__(self, slot, doc):
        self.slot = slot
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


class partial(object):
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""

    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func = args[0], args[1]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self = object.__new__(cls)
        self._func = func
        self._args = tuple(args[2:])
        self._keywords = keywords
        return self

    func = _ReadOnly('_func', 'function object to use in future partial calls')
    args = _ReadOnly('_args', 'tuple of arguments to future partial calls')
    keywords = _ReadOnly('_keywords', 'dictionary of keyword arguments to future partial calls')

    def __call__(*args, **keywords):
        self = args[0]
        if self._keywords:
            merged = self._keywords.copy()
            merged.update(keywords)
            keywords = merged
        return self._func(*(self._args + args[1:]), **keywords)

    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(arg) for arg in self._args)
        parts.extend('%s=%r' % item for item in self._keywords.items())
        name = type(self).__qualname__
        if type(self) is partial:
            name = 'functools.partial'
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        func, args, keywords, namespace = state
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(keywords) if keywords else {}
        if namespace:
            self.__dict__.update(namespace)


class partialmethod(object):
    """Method descriptor with partial application of the given arguments and
    keywords; supports wrapping existing descriptors."""

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("descriptor '__init__' of partialmethod needs an argument")
        self, func = args[0], args[1]
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + tuple(args[2:])
            self.keywords = func.keywords.copy()
            self.keywords.update(keywords)
        else:
            self.func = func
            self.args = tuple(args[2:])
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend('%s=%r' % item for item in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(parts))

    def _make_unbound_method(self):
        def _method(*args, **keywords):
            merged = self.keywords.copy()
            merged.update(keywords)
            return self.func(*((args[0],) + self.args + args[1:]), **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- lru_cache --------------------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _KeywordMark(object):
    __slots__ = ()


_KWD_MARK = (_KeywordMark(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        items = sorted(kwds.items())
        key += _KWD_MARK
        for item in items:
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for _k, v in items])
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    maxsize=None makes the cache unbounded; typed=True caches arguments of
    different types separately.  The wrapped function gets cache_info(),
    cache_clear() and __wrapped__.
    """
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected maxsize to be an integer or None')

    def decorating_function(user_function):
        cache = {}
        stats = [0, 0]  # hits, misses
        missing = object()
        cache_get = cache.get

        if maxsize == 0:
            def wrapper(*args, **kwds):
                stats[1] += 1
                return user_function(*args, **kwds)

        elif maxsize is None:
            def wrapper(*args, **kwds):
                if kwds or typed:
                    key = _make_key(args, kwds, typed)
                else:
                    key = args
                result = cache_get(key, missing)
                if result is not missing:
                    stats[0] += 1
                    return result
                stats[1] += 1
                result = user_function(*args, **kwds)
                cache[key] = result
                return result

        else:
            # Circular doubly linked list of [prev, next, key, result] links,
            # oldest after root, newest before it.
            root = []
            root[:] = [root, root, None, None]
            ring = [root]

            def wrapper(*args, **kwds):
                if kwds or typed:
                    key = _make_key(args, kwds, typed)
                else:
                    key = args
                link = cache_get(key)
                if link is not None:
                    head = ring[0]
                    prev, after, _key, result = link
                    prev[1] = after
                    after[0] = prev
                    last = head[0]
                    last[1] = head[0] = link
                    link[0] = last
                    link[1] = head
                    stats[0] += 1
                    return result
                stats[1] += 1
                result = user_function(*args, **kwds)
                if key in cache:
                    # A recursive call already cached this key.
                    return result
                head = ring[0]
                if cache and len(cache) >= maxsize:
                    # Reuse the old root as the new link; the oldest becomes root.
                    old = head
                    old[2] = key
                    old[3] = result
                    head = ring[0] = old[1]
                    old_key = head[2]
                    head[2] = head[3] = None
                    del cache[old_key]
                    cache[key] = old
                else:
                    last = head[0]
                    link = [last, head, key, result]
                    last[1] = head[0] = cache[key] = link
                return result

            def reset_ring():
                head = ring[0]
                head[:] = [head, head, None, None]

        def cache_info():
            """Report cache statistics"""
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            """Clear the cache and cache statistics"""
            cache.clear()
            stats[0] = stats[1] = 0
            if maxsize is not None and maxsize != 0:
                reset_ring()

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, user_function)

    return decorating_function


# --- singledispatch ---------------------------------------------------------

def _composed_mro(cls, types):
    """cls.__mro__ with the registered ABCs that cls virtually subclasses
    inserted before the first class of the MRO that does not subclass them."""
    mro = list(cls.__mro__)
    extra = [t for t in types if t not in mro and _safe_subclass(cls, t)]
    if not extra:
        return mro
    composed = []
    for position, klass in enumerate(mro):
        here = [t for t in extra if not _safe_subclass(klass, t)
                and all(_safe_subclass(k, t) for k in mro[:position])]
        here.sort(key=lambda t: -sum(1 for o in here if o is not t and _safe_subclass(t, o)))
        for t in here:
            if t not in composed:
                composed.append(t)
        composed.append(klass)
    return composed


def _safe_subclass(cls, other):
    try:
        return issubclass(cls, other)
    except TypeError:
        return False


def _find_impl(cls, registry):
    for klass in _composed_mro(cls, registry.keys()):
        if klass in registry:
            return registry[klass]
    return None


def singledispatch(func):
    """Single-dispatch generic function decorator.

    The decorated function dispatches on the type of its first argument;
    register(cls) adds an implementation for cls and its subclasses.
    """
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func"""
        if func is None:
            return lambda f: register(cls, f)
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper
