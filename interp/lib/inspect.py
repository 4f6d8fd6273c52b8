"""Get useful information from live Python objects (part of the Python 3.4
``inspect`` API).

Kaa's own implementation: the type predicates, ``getmembers``, ``getmro``,
``getdoc``/``cleandoc``, ``unwrap``, ``getfile``/``getmodule``,
``getfullargspec``/``getargspec``, ``getcallargs`` and ``signature`` with
``Signature``/``Parameter``/``BoundArguments`` (3.4's ``str()`` forms and
messages: ``a:int=5``, "parameter lacking default value").  Signatures come
from Python functions (and classes and methods built on them); built-in
functions have none (ValueError, as for most of them in 3.4).  The source
functions raise ``OSError('could not get source code')``.
"""

import sys
import types
from collections import namedtuple, OrderedDict

__all__ = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
           'isgenerator', 'istraceback', 'isframe', 'iscode', 'isbuiltin',
           'isroutine', 'isabstract', 'ismethoddescriptor', 'isdatadescriptor',
           'getmembers', 'getmro', 'getdoc', 'cleandoc', 'unwrap', 'getfile',
           'getmodule', 'getsource', 'getsourcelines', 'getsourcefile',
           'getcomments', 'getfullargspec', 'getargspec', 'getcallargs',
           'signature', 'Signature', 'Parameter', 'BoundArguments',
           'currentframe', 'formatannotation']

# CPython's code flag values (the public constants).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40

TPFLAGS_IS_ABSTRACT = 1 << 20


# The interpreter's own code flag bits, learnt from sample functions so the
# checks below hold whatever numbering co_flags uses.
def _plain():
    pass


def _gen():
    yield


def _varargs(*a):
    pass


def _varkw(**k):
    pass


_BASE = _plain.__code__.co_flags
_GEN_BIT = _gen.__code__.co_flags & ~_BASE
_VARARGS_BIT = _varargs.__code__.co_flags & ~_BASE
_VARKW_BIT = _varkw.__code__.co_flags & ~_BASE
del _plain, _gen, _varargs, _varkw


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    """Return true if the object is a user-defined generator function."""
    return bool((isfunction(object) or ismethod(object)) and
                object.__code__.co_flags & _GEN_BIT)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


_METHOD_DESCRIPTORS = ('method_descriptor', 'wrapper_descriptor',
                       'classmethod_descriptor')


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but
    not __set__, and is not a class, method or function)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    if tp.__name__ in _METHOD_DESCRIPTORS:
        return True
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has __get__ and __set__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    tp = type(object)
    return hasattr(tp, "__set__") and hasattr(tp, "__get__")


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    return bool(isinstance(object, type) and
                getattr(object, '__abstractmethods__', None))


def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    for key in dir(object):
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Clean up indentation from docstrings: the common leading whitespace of
    the second and later lines goes, as do blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """Get the documentation string for an object, cleaned up (3.4 does not
    look at base classes)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    """Get the object wrapped by func (following __wrapped__ attributes)."""
    if stop is None:
        def _is_wrapper(f):
            return hasattr(f, '__wrapped__')
    else:
        def _is_wrapper(f):
            return hasattr(f, '__wrapped__') and not stop(f)
    f = func
    memo = {id(f)}
    while _is_wrapper(func):
        func = func.__wrapped__
        id_func = id(func)
        if id_func in memo:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo.add(id_func)
    return func


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if hasattr(object, '__file__'):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if module is not None and hasattr(module, '__file__'):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        return object.co_filename
    raise TypeError('{!r} is not a module, class, method, '
                    'function, traceback, frame, or code object'.format(object))


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def getsourcefile(object):
    """The file name of the object's source (None if unknown)."""
    try:
        return getfile(object)
    except TypeError:
        return None


def getsource(object):
    """Not available: raises OSError('could not get source code')."""
    getfile(object)
    raise OSError('could not get source code')


def getsourcelines(object):
    """Not available: raises OSError('could not get source code')."""
    return getsource(object)


def getcomments(object):
    """Comments before an object's source: not available (None)."""
    return None


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


# Argument specifications.

FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, '
                         'kwonlyargs, kwonlydefaults, annotations')
ArgSpec = namedtuple('ArgSpec', 'args varargs keywords defaults')


def _code_args(co):
    nargs = co.co_argcount
    names = co.co_varnames
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    step = nargs + nkwargs
    varargs = None
    if co.co_flags & _VARARGS_BIT:
        varargs = names[step]
        step += 1
    varkw = None
    if co.co_flags & _VARKW_BIT:
        varkw = names[step]
    return args, varargs, kwonlyargs, varkw


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    args, varargs, kwonlyargs, varkw = _code_args(func.__code__)
    return FullArgSpec(args, varargs, varkw, func.__defaults__, kwonlyargs,
                       func.__kwdefaults__, func.__annotations__)


def getargspec(func):
    """Get the names and default values of a function's arguments (3.4 only)."""
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = \
        getfullargspec(func)
    if kwonlyargs or ann:
        raise ValueError("Function has keyword-only arguments or annotations"
                         ", use getfullargspec() API which can support them")
    return ArgSpec(args, varargs, varkw, defaults)


def getcallargs(*func_and_positional, **named):
    """Get the mapping of arguments to values that a call would make."""
    func = func_and_positional[0]
    positional = func_and_positional[1:]
    sig = signature(func)
    if ismethod(func):
        positional = (func.__self__,) + positional
        sig = signature(func.__func__)
    bound = sig.bind(*positional, **named)
    result = {}
    for param in sig.parameters.values():
        if param.name in bound.arguments:
            result[param.name] = bound.arguments[param.name]
        elif param.kind == Parameter.VAR_POSITIONAL:
            result[param.name] = ()
        elif param.kind == Parameter.VAR_KEYWORD:
            result[param.name] = {}
        else:
            result[param.name] = param.default
    return result


def formatannotation(annotation, base_module=None):
    """How an annotation appears in a signature."""
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


from _inspect_signature import (_empty, _ParameterKind, Parameter,  # noqa: E402
                                BoundArguments, Signature, signature)
