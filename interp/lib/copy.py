"""Shallow and deep copy operations (Kaa's Python 3.4 ``copy``).

Without copyreg and pickling protocols, instances are copied directly:
``__copy__``/``__deepcopy__`` hooks first, then an explicit ``__reduce_ex__``
or ``__reduce__`` defined by the class, then the generic path: a new object
from ``cls.__new__(cls, *x.__getnewargs__())`` with ``__dict__`` and slots
(or ``__getstate__``/``__setstate__``) copied, plus the items of list and
dict subclasses.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Probe(object):
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_atomic = {type(None), int, float, bool, complex, str, bytes, type, range,
           type(len), type([].append), _FunctionType, type(Ellipsis),
           type(NotImplemented), property, slice}
try:
    _atomic.add(type(_function.__code__))
except AttributeError:
    pass

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


def _custom_reducer(cls):
    """The class's own __reduce_ex__/__reduce__, or None for object's."""
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not _object_reduce_ex:
        return True
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not _object_reduce:
        return True
    return False


def _reduce(x):
    cls = type(x)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not _object_reduce_ex:
        return x.__reduce_ex__(2)
    return x.__reduce__()


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls is bytearray:
        return x[:]
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    if _custom_reducer(cls):
        rv = _reduce(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, rv, False, None)
    return _copy_instance(x, cls, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for item in x:
            append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for mine, theirs in zip(x, items):
            if mine is not theirs:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = x[:]
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif issubclass(cls, type):
            y = x
        elif _custom_reducer(cls):
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, rv, True, memo)
        else:
            y = _copy_instance(x, cls, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so its id() is not reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _copy_instance(x, cls, deep, memo):
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
    elif isinstance(x, BaseException):
        # What BaseException.__reduce__ gives CPython: the class and args.
        args = x.args
    else:
        args = ()
    if deep and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if isinstance(x, BaseException):
        y.args = args
    if deep:
        memo[id(x)] = y
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    if isinstance(x, list):
        listitems = iter(x)
    else:
        listitems = None
    if isinstance(x, dict):
        dictitems = iter(x.items())
    else:
        dictitems = None
    _apply_state(y, state, listitems, dictitems, deep, memo)
    return y


def _reconstruct(x, info, deep, memo):
    if not isinstance(info, tuple):
        raise Error("un(%s)copyable object of type %s" % ('deep' if deep else 'shallow', type(x)))
    length = len(info)
    if length < 2:
        raise Error("un(%s)copyable object of type %s" % ('deep' if deep else 'shallow', type(x)))
    callable, args = info[:2]
    state = info[2] if length > 2 else None
    listitems = info[3] if length > 3 else None
    dictitems = info[4] if length > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = callable(*args)
    if deep:
        memo[id(x)] = y
    _apply_state(y, state, listitems, dictitems, deep, memo)
    return y


def _apply_state(y, state, listitems, dictitems, deep, memo):
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listitems is not None:
        for item in listitems:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value


del _function, _Probe
