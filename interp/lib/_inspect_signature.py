"""``Signature``, ``Parameter`` and ``BoundArguments`` of Kaa's ``inspect``
(the Python 3.4 API; ``inspect`` re-exports them)."""

from collections import OrderedDict
import types



def _inspect():
    # inspect imports this module at its end, so look it up when needed.
    import inspect
    return inspect


class _empty(object):
    """Marker for an absent default or annotation."""


class _void(object):
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    """A parameter kind: an int whose str() is its name."""

    def __new__(self, *args, name):
        obj = int.__new__(self, *args)
        obj._name = name
        return obj

    def __str__(self):
        return self._name

    def __repr__(self):
        return '<_ParameterKind: {!r}>'.format(self._name)


_POSITIONAL_ONLY = _ParameterKind(0, name='POSITIONAL_ONLY')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, name='POSITIONAL_OR_KEYWORD')
_VAR_POSITIONAL = _ParameterKind(2, name='VAR_POSITIONAL')
_KEYWORD_ONLY = _ParameterKind(3, name='KEYWORD_ONLY')
_VAR_KEYWORD = _ParameterKind(4, name='VAR_KEYWORD')


def _is_identifier(name):
    return isinstance(name, str) and name.isidentifier()


class Parameter(object):
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD,
                        _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD):
            raise ValueError("invalid value for 'Parameter.kind' attribute")
        self._kind = kind
        if default is not _empty:
            if kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'.format(kind)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {!r}".format(name))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void,
                default=_void):
        """Creates a customized copy of the Parameter."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}:{}'.format(formatted,
                                       _inspect().formatannotation(self._annotation))
        if self._default is not _empty:
            formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} at {:#x} {!r}>'.format(self.__class__.__name__,
                                           id(self), self.name)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        return (issubclass(other.__class__, Parameter) and
                self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)

    def __ne__(self, other):
        return not self.__eq__(other)


class BoundArguments(object):
    """The result of Signature.bind: the mapping of parameters to arguments."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def __eq__(self, other):
        return (issubclass(other.__class__, BoundArguments) and
                self.signature == other.signature and
                self.arguments == other.arguments)

    def __ne__(self, other):
        return not self.__eq__(other)


class Signature(object):
    """The call signature of a function: its parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = OrderedDict()
        elif __validate_parameters__:
            params = OrderedDict()
            top_kind = _POSITIONAL_ONLY
            kind_defaults = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = 'wrong parameter order: {!r} before {!r}'
                    raise ValueError(msg.format(top_kind, kind))
                elif kind > top_kind:
                    kind_defaults = False
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if kind_defaults:
                            msg = 'non-default argument follows default argument'
                            raise ValueError(msg)
                    else:
                        kind_defaults = True
                if name in params:
                    msg = 'duplicate parameter name: {!r}'.format(name)
                    raise ValueError(msg)
                params[name] = param
        else:
            params = OrderedDict(((param.name, param) for param in parameters))
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_function(cls, func):
        """Constructs Signature for the given python function."""
        if not isinstance(func, types.FunctionType):
            raise TypeError('{!r} is not a Python function'.format(func))
        co = func.__code__
        args, varargs, kwonlyargs, varkw = _inspect()._code_args(co)
        annotations = func.__annotations__
        defaults = func.__defaults__ or ()
        kwdefaults = func.__kwdefaults__ or {}
        parameters = []
        non_default_count = len(args) - len(defaults)
        for i, name in enumerate(args):
            annotation = annotations.get(name, _empty)
            if i < non_default_count:
                parameters.append(Parameter(name, annotation=annotation,
                                            kind=_POSITIONAL_OR_KEYWORD))
            else:
                parameters.append(Parameter(
                    name, annotation=annotation, kind=_POSITIONAL_OR_KEYWORD,
                    default=defaults[i - non_default_count]))
        if varargs is not None:
            parameters.append(Parameter(varargs,
                                        annotation=annotations.get(varargs, _empty),
                                        kind=_VAR_POSITIONAL))
        for name in kwonlyargs:
            parameters.append(Parameter(name,
                                        annotation=annotations.get(name, _empty),
                                        kind=_KEYWORD_ONLY,
                                        default=kwdefaults.get(name, _empty)))
        if varkw is not None:
            parameters.append(Parameter(varkw,
                                        annotation=annotations.get(varkw, _empty),
                                        kind=_VAR_KEYWORD))
        return cls(parameters,
                   return_annotation=annotations.get('return', _empty),
                   __validate_parameters__=False)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return hash((params, frozenset(kwo_params.values()),
                     self.return_annotation))

    def __eq__(self, other):
        if (not issubclass(type(other), Signature) or
                self.return_annotation != other.return_annotation or
                len(self.parameters) != len(other.parameters)):
            return False
        other_positions = {param: idx
                           for idx, param in enumerate(other.parameters.keys())}
        for idx, (param_name, param) in enumerate(self.parameters.items()):
            if param.kind == _KEYWORD_ONLY:
                try:
                    other_param = other.parameters[param_name]
                except KeyError:
                    return False
                if param != other_param:
                    return False
            else:
                try:
                    other_idx = other_positions[param_name]
                except KeyError:
                    return False
                if (idx != other_idx or
                        param != other.parameters[param_name]):
                    return False
        return True

    def __ne__(self, other):
        return not self.__eq__(other)

    def _bind(self, args, kwargs, *, partial=False):
        arguments = OrderedDict()
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # No more positional arguments.
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        msg = ('{arg!r} parameter is positional only, '
                               'but was passed as a keyword')
                        raise TypeError(msg.format(arg=param.name))
                    parameters_ex = (param,)
                    break
                elif (param.kind == _VAR_KEYWORD or
                      param.default is not _empty):
                    parameters_ex = (param,)
                    break
                elif partial:
                    parameters_ex = (param,)
                    break
                else:
                    msg = '{arg!r} parameter lacking default value'
                    raise TypeError(msg.format(arg=param.name))
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments')
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments')
                if param.kind == _VAR_POSITIONAL:
                    values = [arg_val]
                    values.extend(arg_vals)
                    arguments[param.name] = tuple(values)
                    break
                if param.name in kwargs:
                    raise TypeError('multiple values for argument '
                                    '{arg!r}'.format(arg=param.name))
                arguments[param.name] = arg_val

        kwargs_param = None
        for param in _chain(parameters_ex, parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('{arg!r} parameter lacking default value'.
                                    format(arg=param_name))
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'.
                                    format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('too many keyword arguments')
        return self._bound_arguments_cls(self, arguments)

    def bind(*args, **kwargs):
        """Bind the arguments to the parameters; TypeError if they do not fit."""
        return args[0]._bind(args[1:], kwargs)

    def bind_partial(*args, **kwargs):
        """Like bind, but missing required arguments are allowed."""
        return args[0]._bind(args[1:], kwargs, partial=True)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = _inspect().formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered

    def __repr__(self):
        return '<{} at {:#x} "{}">'.format(self.__class__.__name__,
                                           id(self), self)


def _chain(first, rest):
    for x in first:
        yield x
    for x in rest:
        yield x


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def signature(obj, _depth=0):
    """Get a signature object for the passed callable."""
    if _depth > 100:
        raise ValueError('callable {!r} is not supported by signature'.format(obj))
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = signature(obj.__func__, _depth + 1)
        return _drop_first(sig)
    obj = _inspect().unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            return sig
    if isinstance(obj, types.FunctionType):
        return Signature.from_function(obj)
    if hasattr(obj, 'func') and hasattr(obj, 'args') and hasattr(obj, 'keywords') \
            and type(obj).__name__ == 'partial':
        return _partial_signature(obj, _depth)
    if isinstance(obj, type):
        for name in ('__call__', '__new__', '__init__'):
            meth = _lookup_in_mro(type(obj) if name == '__call__' else obj, name)
            if meth is None:
                continue
            if name == '__call__' and meth is getattr(type, '__call__', None):
                continue
            if isinstance(meth, (staticmethod, classmethod)):
                meth = meth.__func__
            if isinstance(meth, types.FunctionType):
                return _drop_first(signature(meth, _depth + 1))
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = _lookup_in_mro(type(obj), '__call__')
    if isinstance(call, types.FunctionType):
        return _drop_first(signature(call, _depth + 1))
    raise ValueError('no signature found for builtin {!r}'.format(obj))


def _lookup_in_mro(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def _partial_signature(partial, depth):
    sig = signature(partial.func, depth + 1)
    try:
        ba = sig.bind_partial(*partial.args, **(partial.keywords or {}))
    except TypeError:
        raise ValueError('partial object {!r} has incorrect arguments'
                         .format(partial))
    new_params = []
    for param in sig.parameters.values():
        if param.name in ba.arguments and param.kind not in (
                _VAR_POSITIONAL, _VAR_KEYWORD):
            if param.name in (partial.keywords or {}):
                new_params.append(param.replace(default=ba.arguments[param.name],
                                                kind=_KEYWORD_ONLY))
            continue
        new_params.append(param)
    new_params.sort(key=lambda p: p.kind)
    return sig.replace(parameters=new_params)
