"""Arrays of numbers of one C type (Python 3.4's ``array`` module).

Items are kept in a list, checked and converted as the C array would store
them (integers range-checked, 'f' rounded to single precision); the byte
layout of tobytes/frombytes is the x86-64 Linux one (little-endian, 'u' is
4 bytes, 'l'/'L' are 8).
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (struct code, itemsize)
_LAYOUT = {
    'b': ('b', 1), 'B': ('B', 1), 'u': ('I', 4), 'h': ('h', 2),
    'H': ('H', 2), 'i': ('i', 4), 'I': ('I', 4), 'l': ('q', 8),
    'L': ('Q', 8), 'q': ('q', 8), 'Q': ('Q', 8), 'f': ('f', 4),
    'd': ('d', 8),
}

_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1


def _over(msg):
    return OverflowError(msg)


def _range_error(tc, v):
    """The OverflowError CPython raises for `v` out of range, or None."""
    in_long = _LONG_MIN <= v <= _LONG_MAX
    big = "Python int too large to convert to C long"
    side = "greater than maximum" if v > 0 else "less than minimum"
    if tc == 'b':
        if -128 <= v <= 127:
            return None
        if not in_long:
            return _over(big)
        if -32768 <= v <= 32767:
            return _over("signed char is " + side)
        return _over("signed short integer is " + side)
    if tc == 'B':
        if 0 <= v <= 255:
            return None
        return _over("unsigned byte integer is " + side) if in_long else _over(big)
    if tc == 'h':
        if -32768 <= v <= 32767:
            return None
        return _over("signed short integer is " + side) if in_long else _over(big)
    if tc == 'H':
        if 0 <= v <= 65535:
            return None
        if -2 ** 31 <= v < 2 ** 31:
            return _over("unsigned short is " + side)
        return _over("signed integer is " + side) if in_long else _over(big)
    if tc == 'i':
        if -2 ** 31 <= v < 2 ** 31:
            return None
        return _over("signed integer is " + side) if in_long else _over(big)
    if tc == 'I':
        if 0 <= v < 2 ** 32:
            return None
        if v < 0:
            return _over("can't convert negative value to unsigned int")
        if v <= _ULONG_MAX:
            return _over("unsigned int is greater than maximum")
        return _over("Python int too large to convert to C unsigned long")
    if tc == 'l':
        return None if in_long else _over(big)
    if tc == 'L':
        if 0 <= v <= _ULONG_MAX:
            return None
        if v < 0:
            return _over("can't convert negative value to unsigned int")
        return _over("Python int too large to convert to C unsigned long")
    if tc == 'q':
        return None if in_long else _over("int too big to convert")
    if tc == 'Q':
        if 0 <= v <= _ULONG_MAX:
            return None
        if v < 0:
            return _over("can't convert negative int to unsigned")
        return _over("int too big to convert")
    return None


def _float32(x):
    return _struct.unpack('<f', _struct.pack('<f', x))[0]


def _item(tc, v):
    """`v` converted as an item of an array of typecode `tc`."""
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if tc in 'fd':
        if isinstance(v, float):
            f = v
        elif isinstance(v, int):
            f = float(v)
        else:
            conv = getattr(type(v), '__float__', None)
            if conv is None:
                raise TypeError("must be real number, not %s" % type(v).__name__)
            f = conv(v)
        return _float32(f) if tc == 'f' else f
    if isinstance(v, bool):
        v = int(v)
    elif not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise TypeError("integer argument expected, got %s" % type(v).__name__)
        v = index(v)
    err = _range_error(tc, v)
    if err is not None:
        raise err
    return v


class array(object):
    """array(typecode[, initializer]) -> array of items of one C type."""

    __slots__ = ('_tc', '_items')

    def __new__(cls, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _LAYOUT:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, "
                             "q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with "
                                "typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an "
                                "array with typecode '%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)
        return self

    # -- attributes --
    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _LAYOUT[self._tc][1]

    def buffer_info(self):
        return (id(self), len(self._items))

    # -- adding items --
    def append(self, v):
        """Appends one item."""
        self._items.append(_item(self._tc, v))

    def extend(self, iterable):
        """Appends the items of an iterable (or of an array of the same type)."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        tc = self._tc
        self._items.extend([_item(tc, v) for v in iterable])

    def insert(self, i, v):
        """Inserts `v` before position `i`."""
        self._items.insert(i, _item(self._tc, v))

    def fromlist(self, lst):
        """Appends the items of a list (all or none)."""
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        tc = self._tc
        self._items.extend([_item(tc, v) for v in lst])

    def frombytes(self, data):
        """Appends items read from machine-format bytes."""
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        code, size = _LAYOUT[self._tc]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack('<%d%s' % (len(data) // size, code), data)
        if self._tc == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def fromstring(self, data):
        """Deprecated alias of frombytes."""
        if isinstance(data, str):
            data = data.encode('utf-8')
        self.frombytes(data)

    def fromunicode(self, s):
        """Appends the characters of a str ('u' arrays only)."""
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s"
                            % type(s).__name__)
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def fromfile(self, f, n):
        """Reads n items from a binary file object."""
        size = self.itemsize
        data = f.read(n * size)
        complete = len(data) - len(data) % size
        self.frombytes(data[:complete])
        if len(data) < n * size:
            raise EOFError("read() didn't return enough bytes")

    # -- conversions --
    def tobytes(self):
        """The items in machine format."""
        code, _ = _LAYOUT[self._tc]
        items = self._items
        if self._tc == 'u':
            items = [ord(c) for c in items]
        return _struct.pack('<%d%s' % (len(items), code), *items)

    tostring = tobytes

    def tolist(self):
        """The items as a list."""
        return list(self._items)

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def tofile(self, f):
        """Writes the items in machine format to a binary file object."""
        f.write(self.tobytes())

    # -- searching and removing --
    def count(self, v):
        """The number of items equal to `v`."""
        return self._items.count(v)

    def index(self, v):
        """Position of the first item equal to `v`."""
        for i, x in enumerate(self._items):
            if x == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def remove(self, v):
        """Removes the first item equal to `v`."""
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def pop(self, i=-1):
        """Removes and returns item `i` (default the last)."""
        if not self._items:
            raise IndexError("pop from empty array")
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def reverse(self):
        """Reverses the items in place."""
        self._items.reverse()

    def byteswap(self):
        """Swaps the byte order of every item."""
        size = self.itemsize
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join([raw[i:i + size][::-1]
                            for i in range(0, len(raw), size)])
        del self._items[:]
        self.frombytes(swapped)

    # -- sequence protocol --
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            new = array(self._tc)
            new._items = self._items[i]
            return new
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        v = _item(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    # -- operators --
    def __add__(self, other):
        if not isinstance(other, array):
            # CPython: the right operand's __radd__ first, then array's
            # sq_concat, which refuses anything but an array.
            radd = getattr(type(other), '__radd__', None)
            if radd is not None:
                result = radd(other, self)
                if result is not NotImplemented:
                    return result
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        new = array(self._tc)
        new._items = self._items + other._items
        return new

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        new = array(self._tc)
        new._items = self._items * n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    __hash__ = None

    def __copy__(self):
        return array(self._tc, self)

    def __deepcopy__(self, memo):
        return array(self._tc, self)

    def __reduce__(self):
        return (array, (self._tc, list(self._items)))

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._tc
        if self._tc == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._tc, self._items)


array.__module__ = 'array'
ArrayType = array
