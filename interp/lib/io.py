"""In-memory streams: StringIO and BytesIO (Python 3.4's io API).

There is no file system in the Kaa sandbox: ``io.open`` raises
PermissionError, and there is no FileIO/BufferedReader/TextIOWrapper.
"""

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'StringIO',
           'BytesIO', 'BufferedIOBase', 'TextIOBase', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    """An operation the stream does not support."""
    __module__ = 'io'



UnsupportedOperation.__module__ = 'io'


def open(file, mode='r', buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    """Always fails: the sandbox has no file system."""
    raise PermissionError(13, "Permission denied (the Kaa sandbox has no "
                          "file system)", file)


def _index(value, what="argument"):
    if value is None:
        return -1
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("%s should be integer or None, not '%s'"
                        % (what, type(value).__name__))
    return index(value)


def _as_int(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return index(value)


class IOBase(object):
    """The base of every stream: closing, iteration, context management."""

    _closed = False

    def _check_closed(self, msg=None):
        if self._closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint, "integer argument expected, got '%s'")
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base of raw binary streams."""


class BufferedIOBase(IOBase):
    """Base of buffered binary streams."""

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Base of text streams."""

    encoding = None
    errors = None

    def detach(self):
        raise UnsupportedOperation("detach")


class StringIO(TextIOBase):
    """A text stream kept in memory."""
    __module__ = '_io'


    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = set()
        self._text = ''
        self._tail = []          # pending appends at the end of _text
        self._pos = 0
        self._size = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- internal helpers --
    def _value(self):
        if self._tail:
            self._text = self._text + ''.join(self._tail)
            self._tail = []
        return self._text

    def _closed_check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen.add('\r\n')
                s = s.replace('\r\n', '\n')
                if '\r' in s:
                    self._seen.add('\r')
                s = s.replace('\r', '\n')
            if '\n' in s:
                self._seen.add('\n')
            return s
        if nl in ('\r', '\r\n') and '\n' in s:
            return s.replace('\n', nl)
        return s

    # -- the file API --
    def getvalue(self):
        self._closed_check()
        return self._value()

    def readable(self):
        self._closed_check()
        return True

    def writable(self):
        self._closed_check()
        return True

    def seekable(self):
        self._closed_check()
        return True

    @property
    def line_buffering(self):
        self._closed_check()
        return False

    @property
    def newlines(self):
        self._closed_check()
        if self._newline is not None or not self._seen:
            return None
        order = [n for n in ('\r', '\n', '\r\n') if n in self._seen]
        return order[0] if len(order) == 1 else tuple(order)

    def tell(self):
        self._closed_check()
        return self._pos

    def seek(self, pos, whence=0):
        self._closed_check()
        pos = _as_int(pos)
        whence = _as_int(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        else:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        return self._pos

    def write(self, s):
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if s.__class__ is not str and not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None or nl == '\r' or nl == '\r\n':
            s = self._translate(s)
        if not s:
            return n
        size = self._size
        pos = self._pos
        if pos == size:
            self._tail.append(s)
            self._size = size + len(s)
        else:
            text = self._value()
            if pos > size:
                text = text + '\0' * (pos - size)
            self._text = text[:pos] + s + text[pos + len(s):]
            self._size = len(self._text)
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._closed_check()
        size = _index(size)
        text = self._value()
        start = self._pos
        if start >= len(text):
            return ''
        end = len(text) if size < 0 else min(len(text), start + size)
        self._pos = end
        return text[start:end]

    def _line_end(self, text, start):
        """Index just past the end of the line starting at `start`."""
        nl = self._newline
        if nl == '':
            i = start
            n = len(text)
            while i < n:
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and text[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        sep = '\n' if nl is None else nl
        i = text.find(sep, start)
        return len(text) if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._closed_check()
        size = _index(size, "integer argument expected, got '%s'")
        text = self._value()
        start = self._pos
        if start >= len(text):
            return ''
        end = self._line_end(text, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def __next__(self):
        # readline() inlined: iteration is the common way to read. A
        # subclass's own readline() is used, as in CPython.
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if self.__class__ is not StringIO:
            line = self.readline()
            if not line:
                raise StopIteration
            return line
        if self._tail:
            self._value()
        text = self._text
        start = self._pos
        if start >= len(text):
            raise StopIteration
        nl = self._newline
        if nl is None or nl == '\n':
            i = text.find('\n', start)
            end = len(text) if i < 0 else i + 1
        else:
            end = self._line_end(text, start)
        self._pos = end
        return text[start:end]

    def __iter__(self):
        self._closed_check()
        return self

    def readlines(self, hint=None):
        self._closed_check()
        return TextIOBase.readlines(self, hint)

    def writelines(self, lines):
        self._closed_check()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._closed_check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        text = self._value()
        if size < len(text):
            self._text = text[:size]
            self._size = size
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def isatty(self):
        self._closed_check()
        return False

    def flush(self):
        self._closed_check()

    def __enter__(self):
        self._closed_check()
        return self

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


StringIO.__module__ = '_io'


def _bytes_of(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    try:
        return memoryview(b).tobytes()
    except (NameError, TypeError):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(b).__name__) from None


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory."""
    __module__ = '_io'


    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buf = bytearray(_bytes_of(initial_bytes))

    def _closed_check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._closed_check()
        return bytes(self._buf)

    def getbuffer(self):
        self._closed_check()
        return memoryview(self._buf)

    def readable(self):
        self._closed_check()
        return True

    def writable(self):
        self._closed_check()
        return True

    def seekable(self):
        self._closed_check()
        return True

    def tell(self):
        self._closed_check()
        return self._pos

    def seek(self, pos, whence=0):
        self._closed_check()
        pos = _as_int(pos)
        whence = _as_int(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def write(self, b):
        self._closed_check()
        data = _bytes_of(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf += bytes(pos - size)
            size = pos
        if pos == size:
            self._buf += data
        else:
            self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._closed_check()
        size = _index(size)
        start = self._pos
        total = len(self._buf)
        if start >= total:
            return b''
        end = total if size < 0 else min(total, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._closed_check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._closed_check()
        size = _index(size, "integer argument expected, got '%s'")
        start = self._pos
        total = len(self._buf)
        if start >= total:
            return b''
        i = self._buf.find(b'\n', start)
        end = total if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def __next__(self):
        self._closed_check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._closed_check()
        return self

    def readlines(self, hint=None):
        self._closed_check()
        return BufferedIOBase.readlines(self, hint)

    def writelines(self, lines):
        self._closed_check()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._closed_check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def isatty(self):
        self._closed_check()
        return False

    def flush(self):
        self._closed_check()

    def __enter__(self):
        self._closed_check()
        return self

    def __getstate__(self):
        return (self.getvalue(), self._pos, None)


BytesIO.__module__ = '_io'

BlockingIOError = BlockingIOError
