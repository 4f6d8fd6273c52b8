"""Weak references (Kaa's version, on top of the native ``_weakref``).

``ref``, ``getweakrefcount`` and ``getweakrefs`` are native; ``proxy``,
``WeakMethod``, the weak containers and ``finalize`` are written here.
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from _collections_abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


def _referent(p):
    obj = object.__getattribute__(p, "_kaa_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


def _unwrap(v):
    if isinstance(v, ProxyType):
        return _referent(v)
    return v


class ProxyType(object):
    """A proxy forwarding every operation to the weakly referenced object."""

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj)
        else:
            me = ref(self)

            def relay(_r, me=me, callback=callback):
                p = me()
                if p is not None:
                    callback(p)
            r = ref(obj, relay)
        object.__setattr__(self, "_kaa_ref", r)

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_kaa_ref")()
        if obj is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x to %s at %#x>" % (
            id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __eq__(self, other):
        return _referent(self) == _unwrap(other)

    def __ne__(self, other):
        return _referent(self) != _unwrap(other)

    def __lt__(self, other):
        return _referent(self) < _unwrap(other)

    def __le__(self, other):
        return _referent(self) <= _unwrap(other)

    def __gt__(self, other):
        return _referent(self) > _unwrap(other)

    def __ge__(self, other):
        return _referent(self) >= _unwrap(other)

    __hash__ = None


def _forward(name):
    def method(self, *args):
        return getattr(_referent(self), name)(*[_unwrap(a) for a in args])
    method.__name__ = name
    return method


for _name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
              "lshift", "rshift", "and", "or", "xor", "divmod"):
    for _form in ("__%s__", "__r%s__", "__i%s__"):
        if _form == "__i%s__" and _name == "divmod":
            continue
        setattr(ProxyType, _form % _name, _forward(_form % _name))
for _name in ("__neg__", "__pos__", "__abs__", "__invert__", "__int__",
              "__float__", "__index__", "__next__", "__reversed__",
              "__bytes__", "__round__"):
    setattr(ProxyType, _name, _forward(_name))
del _name, _form
ProxyType.__name__ = ProxyType.__qualname__ = "weakproxy"


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


CallableProxyType.__name__ = CallableProxyType.__qualname__ = "weakcallableproxy"
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to ``obj`` that does not keep it alive."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method, alive while both the object and
    the function are."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = ref.__hash__


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its
    value dies."""

    def __init__(self, *args, **kw):
        if len(args) > 1:
            raise TypeError("expected at most 1 arguments, got %d" % len(args))
        self_wr = ref(self)

        def remove(wr, key, self_wr=self_wr):
            self = self_wr()
            if self is not None:
                if self._iterating:
                    self._pending.append((key, wr))
                elif self.data.get(key) is wr:
                    del self.data[key]
        self._remove = remove
        self._pending = []
        self._iterating = 0
        self.data = {}
        self.update(*args, **kw)

    def _commit(self):
        while self._pending:
            key, wr = self._pending.pop()
            if self.data.get(key) is wr:
                del self.data[key]

    def _ref(self, key, value):
        remove = self._remove
        return ref(value, lambda wr, key=key: remove(wr, key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._commit()
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        self._commit()
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __iter__(self):
        self._iterating += 1
        try:
            for k, wr in list(self.data.items()):
                if wr() is not None:
                    yield k
        finally:
            self._iterating -= 1
            if not self._iterating:
                self._commit()

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def copy(self):
        new = WeakValueDictionary()
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[k] = o
        return new

    __copy__ = copy

    def itervaluerefs(self):
        for wr in list(self.data.values()):
            yield wr

    def valuerefs(self):
        return list(self.data.values())


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key
    dies."""

    def __init__(self, dict=None):
        self_wr = ref(self)

        def remove(k, self_wr=self_wr):
            self = self_wr()
            if self is not None:
                if self._iterating:
                    self._pending.append(k)
                else:
                    self.data.pop(k, None)
        self._remove = remove
        self._pending = []
        self._iterating = 0
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _commit(self):
        while self._pending:
            self.data.pop(self._pending.pop(), None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self._commit()
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._commit()
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __iter__(self):
        self._iterating += 1
        try:
            for wr in list(self.data):
                obj = wr()
                if obj is not None:
                    yield obj
        finally:
            self._iterating -= 1
            if not self._iterating:
                self._commit()

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def copy(self):
        new = WeakKeyDictionary()
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                new[o] = v
        return new

    __copy__ = copy

    def keyrefs(self):
        return list(self.data)


class WeakSet(MutableSet):
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self_wr = ref(self)

        def remove(item, self_wr=self_wr):
            self = self_wr()
            if self is not None:
                if self._iterating:
                    self._pending.append(item)
                else:
                    self.data.discard(item)
        self._remove = remove
        self._pending = []
        self._iterating = 0
        self.data = set()
        if data is not None:
            self.update(data)

    def _commit(self):
        while self._pending:
            self.data.discard(self._pending.pop())

    def __iter__(self):
        self._iterating += 1
        try:
            for wr in list(self.data):
                item = wr()
                if item is not None:
                    yield item
        finally:
            self._iterating -= 1
            if not self._iterating:
                self._commit()

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self._commit()
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self._commit()
        self.data.discard(ref(item))

    def remove(self, item):
        self._commit()
        self.data.remove(ref(item))

    def clear(self):
        self._commit()
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return "<WeakSet at %#x>" % id(self)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return self.data == other.data

    __hash__ = None


class finalize(object):
    """``finalize(obj, func, *args, **kwargs)``: calls ``func(*args,
    **kwargs)`` once, when ``obj`` dies or when the finalizer is called."""

    _registry = {}
    _counter = [0]

    class _Info(object):
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        self._counter[0] += 1
        info.index = self._counter[0]
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
