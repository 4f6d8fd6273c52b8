"""collections.namedtuple: factory for tuple subclasses with named fields.

Only ``__new__`` is compiled from generated source (so that its signature,
defaults and argument errors are exactly those of a def with the field
names); everything else is built directly.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword

from collections._dicts import OrderedDict


def _field_getter(index, doc):
    def getter(self):
        return self[index]
    return property(getter, doc=doc)


def _asdict(self):
    'Return a new OrderedDict which maps field names to their values.'
    return OrderedDict(zip(self._fields, self))


def _replace(_self, **kwds):
    'Return a new instance replacing specified fields with new values'
    result = _self._make([kwds.pop(name, value) for name, value in zip(_self._fields, _self)])
    if kwds:
        raise ValueError('Got unexpected field names: %r' % list(kwds))
    return result


def _getnewargs(self):
    'Return self as a plain tuple.  Used by copy and pickle.'
    return tuple(self)


def _getstate(self):
    'Exclude the OrderedDict from pickling'
    return None


def namedtuple(typename, field_names, verbose=False, rename=False):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) != str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    fields = tuple(field_names)
    count = len(fields)
    arg_list = ', '.join(fields)
    signature = '%s(%s)' % (typename, arg_list)
    source = ('def __new__(_cls, %s):\n'
              '    return _tuple_new(_cls, (%s))\n'
              % (arg_list, arg_list + ',' if count == 1 else arg_list))
    scope = {'_tuple_new': tuple.__new__, '__name__': 'namedtuple_%s' % typename}
    exec(source, scope)
    new = scope['__new__']
    new.__doc__ = 'Create new instance of %s' % signature

    repr_format = '%s(%s)' % ('%s', ', '.join('%s=%%r' % name for name in fields))

    def __repr__(self):
        'Return a nicely formatted representation string'
        return repr_format % ((self.__class__.__name__,) + tuple(self))

    def _make(cls, iterable, new=tuple.__new__, len=len):
        'Make a new %s object from a sequence or iterable'
        result = new(cls, iterable)
        if len(result) != count:
            raise TypeError('Expected %d arguments, got %d' % (count, len(result)))
        return result
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    namespace = {
        '__doc__': signature,
        '__slots__': (),
        '_fields': fields,
        '__new__': new,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__dict__': property(_asdict),
        '__getnewargs__': _getnewargs,
        '__getstate__': _getstate,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index, 'Alias for field number %d' % index)
    result = type(typename, (tuple,), namespace)
    for function in (__repr__, _make):
        function.__qualname__ = typename + '.' + function.__name__
    new.__qualname__ = typename + '.__new__'

    if verbose:
        print(_class_source(typename, fields))

    # Pickling and class reprs need __module__ to name the creating module.
    try:
        result.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return result


def _class_source(typename, fields):
    """A readable Python equivalent of the generated class (for verbose=True)."""
    lines = ['class %s(tuple):' % typename,
             "    '%s(%s)'" % (typename, ', '.join(fields)),
             '',
             '    __slots__ = ()',
             '',
             '    _fields = %r' % (fields,)]
    for index, name in enumerate(fields):
        lines.append("    %s = property(lambda self: self[%d], doc='Alias for field number %d')"
                     % (name, index, index))
    return '\n'.join(lines) + '\n'
