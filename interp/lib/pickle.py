"""Python object serialization (the Python 3.4 ``pickle`` API).

Kaa's own implementation.  ``dumps`` writes protocols 0 to 4 (3 is the
default) with the opcodes CPython's pickler chooses, so simple values (None,
bools, ints, floats, str, bytes, tuples, lists, dicts, sets) give the same
bytes as CPython (protocols 0 and 1 as CPython 3.4's: text ints as LONG
beyond 32 bits, str escaped as raw-unicode-escape).  ``loads`` reads every
protocol (0 to 4).

Unpickling is restricted: a pickle may name only an allowlist of classes
and functions (builtin types and exceptions, the ``collections``,
``datetime``, ``decimal`` and ``fractions`` types, ``copyreg``'s
constructors, ``codecs.encode`` for protocol-2 bytes) and classes defined
in ``__main__``; anything else raises ``UnpicklingError: global 'mod.name'
is forbidden``.  ``Unpickler.find_class`` can be overridden as usual.
"""

import sys
from struct import pack as _pack

from _pickle_text import raw_unicode_escape as _raw_unicode_escape
from _pickle_text import reduce_ex01 as _reduce_ex01

from _pickle_load import (PickleError, PicklingError, UnpicklingError,
                          Unpickler, load, loads, _ALLOWED)

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0"]
HIGHEST_PROTOCOL = 4
DEFAULT_PROTOCOL = 3

bytes_types = (bytes, bytearray)

# Opcodes written by the pickler.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
NONE = b'N'
BININT = b'J'
BININT1 = b'K'
BININT2 = b'M'
BINFLOAT = b'G'
BINUNICODE = b'X'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
BINBYTES8 = b'\x8e'
APPEND = b'a'
APPENDS = b'e'
BUILD = b'b'
GLOBAL = b'c'
STACK_GLOBAL = b'\x93'
DICT = b'd'
EMPTY_DICT = b'}'
EMPTY_LIST = b']'
EMPTY_TUPLE = b')'
TUPLE = b't'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
REDUCE = b'R'
SETITEM = b's'
SETITEMS = b'u'
BINGET = b'h'
LONG_BINGET = b'j'
BINPUT = b'q'
LONG_BINPUT = b'r'
MEMOIZE = b'\x94'
NEWOBJ = b'\x81'
NEWOBJ_EX = b'\x92'
PROTO = b'\x80'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
FRAME = b'\x95'
BINPERSID = b'Q'
PERSID = b'P'
INT = b'I'
LONG = b'L'
FLOAT = b'F'
UNICODE = b'V'
LIST = b'l'
PUT = b'p'
GET = b'g'
TRUE = b'I01\n'
FALSE = b'I00\n'

_BATCHSIZE = 1000
_FRAME_TARGET = 64 * 1024
_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]


def _encode_long(x):
    """Two's complement little-endian bytes of x, as short as possible."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _whichmodule(obj, name):
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    return '__main__'


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        obj = getattr(obj, subpath)
    return obj


class Pickler(object):
    """Writes pickles of objects to a binary file (anything with write())."""

    def __init__(self, file, protocol=None, *, fix_imports=True):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports
        self.memo = {}
        self._out = []
        self._frame_start = 0
        self._frame_size = 0

    def clear_memo(self):
        """Forget the objects pickled so far."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        self._out = []
        if self.proto >= 2:
            self._out.append(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self._start_frame()
        self.save(obj)
        self._out.append(STOP)
        self._file_write(self._finish())

    # Output and framing (protocol 4 splits the pickle into frames).

    def _start_frame(self):
        self._frame_start = len(self._out)
        self._out.append(None)
        self._frame_size = 0

    def write(self, data):
        self._out.append(data)
        self._frame_size += len(data)

    def _finish(self):
        if self.proto < 4:
            return b''.join(self._out)
        # Fill in frame headers: each frame holds what follows its slot up
        # to the next slot; frames shorter than 4 bytes get no header.
        chunks = []
        current = []
        for piece in self._out:
            if piece is None:
                if current:
                    chunks.append(current)
                current = [None]
            else:
                current.append(piece)
        if current:
            chunks.append(current)
        out = []
        for chunk in chunks:
            if chunk and chunk[0] is None:
                body = b''.join(chunk[1:])
                if len(body) >= 4:
                    out.append(FRAME + _pack("<Q", len(body)))
                out.append(body)
            else:
                out.append(b''.join(chunk))
        return b''.join(out)


    # Memo.

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if not self.bin:
            return PUT + repr(idx).encode("ascii") + b'\n'
        if idx < 256:
            return BINPUT + bytes([idx])
        return LONG_BINPUT + _pack("<I", idx)

    def get(self, i):
        if not self.bin:
            return GET + repr(i).encode("ascii") + b'\n'
        if i < 256:
            return BINGET + bytes([i])
        return LONG_BINGET + _pack("<I", i)

    # Saving.

    def save(self, obj, save_persistent_id=True, _depth=0):
        if _depth > 2000:
            raise RuntimeError("maximum recursion depth exceeded while "
                               "pickling an object")
        self._depth = _depth
        if self.proto >= 4 and self._frame_size >= _FRAME_TARGET:
            self._start_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            if self.bin:
                self.save(pid, False, _depth + 1)
                self.write(BINPERSID)
            else:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'dispatch_table', _copyreg_table()).get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            if isinstance(obj, type):
                self.save_global(obj)
                return
            rv = self._reduce(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % 'reduce')
        if not 2 <= len(rv) <= 5:
            raise PicklingError("Tuple returned by %s must have "
                                "two to five elements" % 'reduce')
        self.save_reduce(obj=obj, *rv)

    def _reduce(self, obj, t):
        reduce_ex = getattr(t, '__reduce_ex__', None)
        reduce = getattr(t, '__reduce__', None)
        own_ex = reduce_ex is not None and reduce_ex is not object.__reduce_ex__
        own = reduce is not None and reduce is not object.__reduce__
        if own_ex:
            return obj.__reduce_ex__(self.proto)
        if own:
            return obj.__reduce__()
        if self.proto < 2 and not isinstance(obj, BaseException):
            return _reduce_ex01(obj)
        if isinstance(obj, BaseException):
            # BaseException.__reduce__: the class, its args, its __dict__.
            state = getattr(obj, '__dict__', None) or None
            if state is None:
                return (t, tuple(obj.args))
            return (t, tuple(obj.args), state)
        return _reduce_newobj(obj, t, self.proto)

    def persistent_id(self, obj):
        """Override to pickle some objects by reference (None: by value)."""
        return None

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self._save_child
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            save(cls)
            save(args)
            save(kwargs)
            write(NEWOBJ_EX)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            save(state)
            write(BUILD)

    def _save_child(self, obj):
        depth = getattr(self, '_depth', 0)
        self.save(obj, True, depth + 1)
        self._depth = depth

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + bytes([obj]))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + bytes([obj & 0xff, obj >> 8]))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _pack("<i", obj))
                return
        if self.proto < 2:
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(INT + repr(obj).encode("ascii") + b'\n')
            else:
                self.write(LONG + repr(obj).encode("ascii") + b'L\n')
            return
        encoded = _encode_long(obj)
        n = len(encoded)
        if n < 256:
            self.write(LONG1 + bytes([n]) + encoded)
        else:
            self.write(LONG4 + _pack("<i", n) + encoded)

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode,
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + _pack("<Q", n) + obj)
        else:
            self.write(BINBYTES + _pack("<I", n) + obj)
        self.memoize(obj)

    def save_str(self, obj):
        if not self.bin:
            text = obj.replace("\\", "\\u005c").replace("\n", "\\u000a")
            self.write(UNICODE + _raw_unicode_escape(text) + b'\n')
            self.memoize(obj)
            return
        encoded = obj.encode('utf-8', 'surrogatepass')
        n = len(encoded)
        if n <= 0xff and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINUNICODE8 + _pack("<Q", n) + encoded)
        else:
            self.write(BINUNICODE + _pack("<I", n) + encoded)
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self._save_child
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                get = self.get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write(_TUPLESIZE2CODE[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            self.write(POP_MARK + get if self.bin else POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self._save_child
        write = self.write
        items = list(items)
        if len(items) == 1 or not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        for start in range(0, len(items), _BATCHSIZE):
            chunk = items[start:start + _BATCHSIZE]
            if len(chunk) > 1:
                write(MARK)
                for x in chunk:
                    save(x)
                write(APPENDS)
            else:
                save(chunk[0])
                write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self._save_child
        write = self.write
        items = list(items)
        if len(items) == 1 or not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for start in range(0, len(items), _BATCHSIZE):
            chunk = items[start:start + _BATCHSIZE]
            if len(chunk) > 1:
                write(MARK)
                for k, v in chunk:
                    save(k)
                    save(v)
                write(SETITEMS)
            else:
                k, v = chunk[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        save = self._save_child
        for start in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self._save_child(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_complex(self, obj):
        self.save_reduce(complex, (obj.real, obj.imag), obj=obj)

    def save_bytearray(self, obj):
        self.save_reduce(bytearray, (bytes(obj),), obj=obj)

    def save_range(self, obj):
        self.save_reduce(range, (obj.start, obj.stop, obj.step), obj=obj)

    def save_slice(self, obj):
        self.save_reduce(slice, (obj.start, obj.stop, obj.step), obj=obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2 = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError(
                "Can't pickle %r: attribute lookup %s on %s failed" %
                (obj, name, module_name))
        if obj2 is not obj:
            raise PicklingError(
                "Can't pickle %r: it's not the same object as %s.%s" %
                (obj, module_name, name))
        if module_name == 'codecs' and name == 'encode':
            # CPython's codecs.encode is _codecs.encode.
            module_name = '_codecs'
        if self.proto >= 4:
            self._save_child(module_name)
            self._save_child(name)
            write(STACK_GLOBAL)
        else:
            if self.proto < 3 and self.fix_imports:
                module_name, name = _py2_name(module_name, name)
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' +
                  bytes(name, "utf-8") + b'\n')
        self.memoize(obj)

    dispatch = {}


def _builtin_function_type():
    return type(len)


Pickler.dispatch = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
    bytes: Pickler.save_bytes,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    complex: Pickler.save_complex,
    bytearray: Pickler.save_bytearray,
    range: Pickler.save_range,
    slice: Pickler.save_slice,
    type(_encode_long): Pickler.save_global,
    _builtin_function_type(): Pickler.save_global,
}


_PY2_NAME = {('builtins', 'range'): ('__builtin__', 'xrange'),
             ('builtins', 'str'): ('__builtin__', 'unicode')}
_PY2_MODULE = {'builtins': '__builtin__', 'copyreg': 'copy_reg'}


def _py2_name(module, name):
    """The Python 2 spelling of a global (protocol 2 with fix_imports)."""
    if (module, name) in _PY2_NAME:
        return _PY2_NAME[(module, name)]
    return _PY2_MODULE.get(module, module), name


def _copyreg_table():
    import copyreg
    return copyreg.dispatch_table


def _reduce_newobj(obj, cls, proto):
    """object.__reduce_ex__(2+): (copyreg.__newobj__, (cls,) + args, state,
    listitems, dictitems)."""
    import copyreg
    for bad in (type(sys), type(_reduce_newobj.__code__)):
        if isinstance(obj, bad):
            raise TypeError("can't pickle %s objects" % cls.__name__)
    if type(obj).__name__ in ('generator', 'frame', 'traceback', 'code',
                              'module', 'method', 'builtin_function_or_method'):
        raise TypeError("can't pickle %s objects" % cls.__name__)
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if proto >= 4 and getnewargs_ex is not None:
        # 3.4 reads __getnewargs_ex__ for protocol 4 only.
        args, kwargs = getnewargs_ex()
        args = tuple(args)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        args = tuple(getnewargs()) if getnewargs is not None else ()
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(obj, '__dict__', None)
        names = copyreg._slotnames(cls)
        if names:
            slots = {}
            for name in names:
                try:
                    slots[name] = getattr(obj, name)
                except AttributeError:
                    pass
            if slots:
                state = (state, slots)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems,
                dictitems)
    return (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)


class _BytesSink(object):
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True):
    """Return the pickled representation of the object as a bytes object."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports).dump(obj)
    return b''.join(sink.parts)
