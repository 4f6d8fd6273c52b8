"""Names for built-in types (Kaa's Python 3.4 ``types``).

The aliases are taken from real objects, so they are whatever the
interpreter's own types are; SimpleNamespace is written here.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)

try:
    raise TypeError
except TypeError:
    _tb = sys.exc_info()[2]
    TracebackType = type(_tb)
    try:
        FrameType = type(_tb.tb_frame)
    except AttributeError:
        pass
    _tb = None

try:
    GetSetDescriptorType = type(FunctionType.__code__)
except AttributeError:
    pass
try:
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    pass


MappingProxyType = type(type.__dict__)


class SimpleNamespace(object):
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)
    """

    def __init__(*args, **kwargs):
        if len(args) > 1:
            raise TypeError('no positional arguments expected')
        args[0].__dict__.update(kwargs)

    def __repr__(self):
        key = id(self)
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if key in _running_reprs:
            return '%s(...)' % name
        _running_reprs.add(key)
        try:
            items = sorted(self.__dict__.items())
            return '%s(%s)' % (name, ', '.join('%s=%r' % item for item in items))
        finally:
            _running_reprs.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


SimpleNamespace.__module__ = 'types'
_running_reprs = set()


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    meta, ns, kwds = prepare_class(name, bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, bases, ns, **kwds)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute(object):
    """Route attribute access on a class to __getattr__.

    On an instance this is a property; looked up on the class it raises
    AttributeError so that the metaclass's __getattr__ is consulted.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


del sys, _f, _g, _C
