"""collections.defaultdict and collections.OrderedDict.

defaultdict is a dict subclass with ``__missing__`` (the VM's dict lookup
calls it for subclasses).  OrderedDict keeps its order in a circular doubly
linked list of ``[prev, next, key]`` links beside the dict, so that
move_to_end and popitem at either end are O(1) whatever the dict does.
"""

from _collections_abc import MutableMapping, KeysView, ItemsView, ValuesView

_repr_running = set()


def _guarded_repr(obj, render):
    """Call render() unless obj is already being repr'd (then return '...')."""
    key = id(obj)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        return render()
    finally:
        _repr_running.discard(key)


class defaultdict(dict):
    """defaultdict(default_factory[, ...]) --> dict with default factory

    The default factory is called without arguments to produce a new value
    when a key is not present, in __getitem__ only.
    """

    __module__ = 'collections'

    def __init__(*args, **kwargs):
        if not args:
            raise TypeError("descriptor '__init__' of 'collections.defaultdict' object needs an argument")
        self = args[0]
        factory = None
        rest = args[1:]
        if rest:
            factory = rest[0]
            rest = rest[1:]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
        self.default_factory = factory
        dict.__init__(self, *rest, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        # Recursion through the items is caught by dict.__repr__ itself.
        factory = self.default_factory
        if factory is None:
            shown = 'None'
        else:
            shown = _guarded_repr(factory, lambda: repr(factory))
        return 'defaultdict(%s, %s)' % (shown, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return (type(self), args, None, None, iter(self.items()))


class OrderedDict(dict):
    """Dictionary that remembers insertion order."""

    __module__ = 'collections'

    def __init__(*args, **kwds):
        if not args:
            raise TypeError("descriptor '__init__' of 'OrderedDict' object needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        try:
            self._OrderedDict__root
        except AttributeError:
            root = []
            root[:] = [root, root, None]
            self._OrderedDict__root = root
            self._OrderedDict__map = {}
        self.__update(*args, **kwds)

    def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
        """od.__setitem__(i, y) <==> od[i]=y"""
        if key not in self:
            root = self.__root
            last = root[0]
            link = [last, root, key]
            last[1] = root[0] = self.__map[key] = link
        dict_setitem(self, key, value)

    def __delitem__(self, key, dict_delitem=dict.__delitem__):
        """od.__delitem__(y) <==> del od[y]"""
        dict_delitem(self, key)
        link = self.__map.pop(key)
        prev, after, _key = link
        prev[1] = after
        after[0] = prev

    def __iter__(self):
        """od.__iter__() <==> iter(od)"""
        root = self.__root
        link = root[1]
        while link is not root:
            yield link[2]
            link = link[1]

    def __reversed__(self):
        """od.__reversed__() <==> reversed(od)"""
        root = self.__root
        link = root[0]
        while link is not root:
            yield link[2]
            link = link[0]

    def clear(self):
        """od.clear() -> None.  Remove all items from od."""
        root = self.__root
        root[:] = [root, root, None]
        self.__map.clear()
        dict.clear(self)

    def popitem(self, last=True):
        """od.popitem() -> (k, v), return and remove a (key, value) pair.
        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        root = self.__root
        link = root[0] if last else root[1]
        prev, after, key = link
        prev[1] = after
        after[0] = prev
        del self.__map[key]
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last==False).

        Raises KeyError if the element does not exist.
        """
        link = self.__map[key]
        prev, after, _key = link
        prev[1] = after
        after[0] = prev
        root = self.__root
        if last:
            last_link = root[0]
            link[0] = last_link
            link[1] = root
            last_link[1] = root[0] = link
        else:
            first = root[1]
            link[0] = root
            link[1] = first
            root[1] = first[0] = link

    def __sizeof__(self):
        return dict.__sizeof__(self) + 64 * (len(self) + 1)

    update = __update = MutableMapping.update

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    __ne__ = MutableMapping.__ne__

    __marker = object()

    def pop(self, key, default=__marker):
        """od.pop(k[,d]) -> v, remove specified key and return the corresponding
        value.  If key is not found, d is returned if given, otherwise KeyError
        is raised.
        """
        if key in self:
            result = self[key]
            del self[key]
            return result
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """od.setdefault(k[,d]) -> od.get(k,d), also set od[k]=d if k not in od"""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __repr__(self):
        """od.__repr__() <==> repr(od)"""
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return _guarded_repr(self, lambda: '%s(%r)' % (self.__class__.__name__,
                                                      list(self.items())))

    def __reduce__(self):
        """Return state information for pickling"""
        state = vars(self).copy()
        for name in ('_OrderedDict__root', '_OrderedDict__map'):
            state.pop(name, None)
        return self.__class__, (), state or None, None, iter(self.items())

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """OD.fromkeys(S[, v]) -> New ordered dictionary with keys from S.
        If not specified, the value defaults to None.
        """
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        """od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        """
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for mine, theirs in zip(self, other):
                if not (mine is theirs or mine == theirs):
                    return False
            return True
        return dict.__eq__(self, other)

    __hash__ = None
