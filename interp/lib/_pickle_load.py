"""The unpickler of Kaa's ``pickle`` (reads protocols 0 to 4).

``pickle`` re-exports everything here.  ``find_class`` resolves only the
allowlist below and classes defined in ``__main__``: a pickle is data, so it
may rebuild values but never call arbitrary functions.
"""

import sys
from struct import unpack as _unpack


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """An unpicklable object was passed to the dump() method."""


class UnpicklingError(PickleError):
    """A problem with the data, such as a security violation or bad opcode."""


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'
del _cls

# (module, name) pairs a pickle may name.
_ALLOWED = {
    'builtins': {'set', 'frozenset', 'bytearray', 'bytes', 'complex', 'int',
                 'float', 'str', 'list', 'dict', 'tuple', 'bool', 'range',
                 'slice', 'object'},
    'copyreg': {'_reconstructor', '__newobj__', '__newobj_ex__'},
    'copy_reg': {'_reconstructor'},
    '__builtin__': {'set', 'frozenset', 'bytearray', 'complex', 'int', 'float',
                    'str', 'unicode', 'list', 'dict', 'tuple', 'bool',
                    'object', 'long', 'xrange', 'slice'},
    'codecs': {'encode'},
    '_codecs': {'encode'},
    'collections': {'OrderedDict', 'deque', 'Counter', 'defaultdict',
                    'ChainMap'},
    'datetime': {'date', 'time', 'datetime', 'timedelta', 'timezone', 'tzinfo'},
    'decimal': {'Decimal'},
    'fractions': {'Fraction'},
}
# Builtins that evaluate code, reach attributes or namespaces, or do I/O.
_BUILTINS_DENIED = {'eval', 'exec', 'compile', 'getattr', 'setattr', 'delattr',
                    '__import__', 'open', 'globals', 'locals', 'vars', 'input',
                    'breakpoint', 'help', 'exit', 'quit', 'type', 'super',
                    'classmethod', 'staticmethod', 'property', 'memoryview',
                    'print', 'dir', 'id', 'hasattr', 'callable', 'isinstance',
                    'issubclass', 'next', 'format', 'repr'}
# ``iter`` is allowed: the native iterators reduce to ``iter(seq)`` (and
# ``iter(f, sentinel)`` only wraps ``f``, itself subject to this allowlist).
# Python 2 names of modules (fix_imports).
_PY2_MODULES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg',
                '_codecs': 'codecs'}
_PY2_NAMES = {('__builtin__', 'unicode'): 'str', ('__builtin__', 'long'): 'int',
              ('__builtin__', 'xrange'): 'range'}


def _allowed(module, name):
    if name in _ALLOWED.get(module, ()):
        return True
    if module == 'builtins' and name not in _BUILTINS_DENIED:
        # Other builtin classes (exceptions included) and plain functions
        # such as len or max: none of them runs code or reaches outside.
        import builtins
        obj = getattr(builtins, name, None)
        return isinstance(obj, (type, type(len)))
    if module == '_ast' and not name.startswith('_'):
        # The syntax tree's node classes: plain data, built from a dict.
        return name != 'PyCF_ONLY_AST'
    return False


class _Stop(Exception):
    def __init__(self, value):
        Exception.__init__(self)
        self.value = value


class Unpickler(object):
    """Reads a pickle from a binary file (read() and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict"):
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    def find_class(self, module, name):
        """Return the object module.name if the allowlist permits it."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY2_NAMES:
                name = _PY2_NAMES[(module, name)]
            module = _PY2_MODULES.get(module, module)
        if module == '__main__':
            main = sys.modules.get('__main__')
            obj = main
            for part in name.split('.'):
                obj = getattr(obj, part, None)
            if isinstance(obj, type):
                return obj
        elif _allowed(module, name):
            __import__(module, level=0)
            return getattr(sys.modules[module], name)
        raise UnpicklingError("global '%s.%s' is forbidden" % (module, name))

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def load(self):
        """Read a pickled object representation from the file."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self.stack = []
        self.metastack = []
        self.append = self.stack.append
        read = self._file_read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                op = dispatch.get(key[0])
                if op is None:
                    raise UnpicklingError("invalid load key, '%s'." % chr(key[0]))
                op(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    # Opcode handlers.

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= 4:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        self.read(8)

    def load_persid(self):
        pid = self.readline().decode("ascii")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def load_binint(self):
        self.append(_unpack('<i', self.read(4))[0])

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(_unpack('<H', self.read(2))[0])

    def load_long(self):
        val = self.readline()
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(int.from_bytes(self.read(n), 'little', signed=True))

    def load_long4(self):
        n, = _unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(int.from_bytes(self.read(n), 'little', signed=True))

    def load_float(self):
        self.append(float(self.readline()))

    def load_binfloat(self):
        self.append(_unpack('>d', self.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n, = _unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n, = _unpack('<I', self.read(4))
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n, = _unpack('<Q', self.read(8))
        self.append(self.read(n))

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()))

    def load_binunicode(self):
        n, = _unpack('<I', self.read(4))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = _unpack('<Q', self.read(8))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1:] = [(self._top(),)]

    def load_tuple2(self):
        if len(self.stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        d = {}
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def load_inst(self):
        module = self.readline().decode("ascii")
        name = self.readline().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _instantiate(self, klass, args):
        if not isinstance(klass, type):
            raise UnpicklingError("INST/OBJ needs a class")
        if args or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type")
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline().decode("utf-8")
        name = self.readline().decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext(self):
        raise UnpicklingError("extension codes are not supported")

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("REDUCE expected an arg tuple")
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i)

    def load_get(self):
        self._memo_get(int(self.readline()))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(_unpack('<I', self.read(4))[0])

    def load_put(self):
        i = int(self.readline())
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self.read(1)[0]] = self._top()

    def load_long_binput(self):
        i, = _unpack('<I', self.read(4))
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        for i in range(0, len(items) - 1, 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)

    dispatch = {}


_ESCAPES = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92,
            ord("'"): 39, ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12,
            ord('v'): 11, ord('0'): 0}


def _escape_decode(data):
    # Python 2 string escapes (the STRING opcode): \n \t \xNN \\ \' ...
    if b'\\' not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 92 and i + 1 < n:
            e = data[i + 1]
            if e == ord('x') and i + 3 < n + 1:
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            if e in _ESCAPES:
                out.append(_ESCAPES[e])
                i += 2
                continue
        out.append(c)
        i += 1
    return bytes(out)


def _raw_unicode_unescape(data):
    # \\uXXXX and \\UXXXXXXXX escapes; every other byte is Latin-1.
    text = data.decode('latin-1')
    if '\\u' not in text and '\\U' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(c)
        i += 1
    return ''.join(out)


Unpickler.dispatch = {
    b'\x80'[0]: Unpickler.load_proto,
    b'\x95'[0]: Unpickler.load_frame,
    b'P'[0]: Unpickler.load_persid,
    b'Q'[0]: Unpickler.load_binpersid,
    b'N'[0]: Unpickler.load_none,
    b'\x89'[0]: Unpickler.load_false,
    b'\x88'[0]: Unpickler.load_true,
    b'I'[0]: Unpickler.load_int,
    b'J'[0]: Unpickler.load_binint,
    b'K'[0]: Unpickler.load_binint1,
    b'M'[0]: Unpickler.load_binint2,
    b'L'[0]: Unpickler.load_long,
    b'\x8a'[0]: Unpickler.load_long1,
    b'\x8b'[0]: Unpickler.load_long4,
    b'F'[0]: Unpickler.load_float,
    b'G'[0]: Unpickler.load_binfloat,
    b'S'[0]: Unpickler.load_string,
    b'T'[0]: Unpickler.load_binstring,
    b'U'[0]: Unpickler.load_short_binstring,
    b'B'[0]: Unpickler.load_binbytes,
    b'C'[0]: Unpickler.load_short_binbytes,
    b'\x8e'[0]: Unpickler.load_binbytes8,
    b'V'[0]: Unpickler.load_unicode,
    b'X'[0]: Unpickler.load_binunicode,
    b'\x8c'[0]: Unpickler.load_short_binunicode,
    b'\x8d'[0]: Unpickler.load_binunicode8,
    b't'[0]: Unpickler.load_tuple,
    b')'[0]: Unpickler.load_empty_tuple,
    b'\x85'[0]: Unpickler.load_tuple1,
    b'\x86'[0]: Unpickler.load_tuple2,
    b'\x87'[0]: Unpickler.load_tuple3,
    b']'[0]: Unpickler.load_empty_list,
    b'}'[0]: Unpickler.load_empty_dictionary,
    b'\x8f'[0]: Unpickler.load_empty_set,
    b'\x91'[0]: Unpickler.load_frozenset,
    b'l'[0]: Unpickler.load_list,
    b'd'[0]: Unpickler.load_dict,
    b'i'[0]: Unpickler.load_inst,
    b'o'[0]: Unpickler.load_obj,
    b'\x81'[0]: Unpickler.load_newobj,
    b'\x92'[0]: Unpickler.load_newobj_ex,
    b'c'[0]: Unpickler.load_global,
    b'\x93'[0]: Unpickler.load_stack_global,
    b'\x82'[0]: Unpickler.load_ext,
    b'\x83'[0]: Unpickler.load_ext,
    b'\x84'[0]: Unpickler.load_ext,
    b'R'[0]: Unpickler.load_reduce,
    b'0'[0]: Unpickler.load_pop,
    b'1'[0]: Unpickler.load_pop_mark,
    b'2'[0]: Unpickler.load_dup,
    b'g'[0]: Unpickler.load_get,
    b'h'[0]: Unpickler.load_binget,
    b'j'[0]: Unpickler.load_long_binget,
    b'p'[0]: Unpickler.load_put,
    b'q'[0]: Unpickler.load_binput,
    b'r'[0]: Unpickler.load_long_binput,
    b'\x94'[0]: Unpickler.load_memoize,
    b'a'[0]: Unpickler.load_append,
    b'e'[0]: Unpickler.load_appends,
    b's'[0]: Unpickler.load_setitem,
    b'u'[0]: Unpickler.load_setitems,
    b'\x90'[0]: Unpickler.load_additems,
    b'b'[0]: Unpickler.load_build,
    b'('[0]: Unpickler.load_mark,
    b'.'[0]: Unpickler.load_stop,
}


class _BytesSource(object):
    """read()/readline() over a bytes object."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        start = self.pos
        self.pos = min(len(self.data), start + n)
        return self.data[start:self.pos]

    def readline(self):
        start = self.pos
        end = self.data.find(b'\n', start)
        end = len(self.data) if end < 0 else end + 1
        self.pos = end
        return self.data[start:end]


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict"):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors).load()


def loads(data, *, fix_imports=True, encoding="ASCII", errors="strict"):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    return Unpickler(_BytesSource(data), fix_imports=fix_imports,
                     encoding=encoding, errors=errors).load()
