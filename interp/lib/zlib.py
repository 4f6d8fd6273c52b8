"""Compression compatible with gzip's deflate (the Python 3.4 ``zlib`` API).

Kaa's own implementation over the native ``_kaa_zlib`` (the pure-Rust
``miniz_oxide`` deflate/inflate) and ``binascii.crc32``.  Streams are
standard zlib/deflate and decompress anywhere, but the compressed bytes are
miniz's, not byte-identical to CPython's zlib.  Limits: no gzip wrapper
(``wbits`` > 15), no ``zdict``, and ``strategy``/``memLevel`` are accepted but
ignored.  ``compressobj`` keeps its input and compresses it at
``flush(Z_FINISH)`` (``compress()`` returns ``b''``; ``Z_SYNC_FLUSH`` and
``Z_FULL_FLUSH`` emit nothing yet); ``decompressobj`` re-inflates its
buffered input when it has doubled, so output may come later than with
CPython, never lost.  Output buffers are charged to the memory limit as they
grow, so a decompression bomb ends in MemoryError.
"""

import _kaa_zlib
from binascii import crc32 as _crc32

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_BEST_COMPRESSION = 9
Z_BEST_SPEED = 1
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_NO_FLUSH = 0
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
ZLIB_VERSION = '1.2.8'
ZLIB_RUNTIME_VERSION = '1.2.8'


class error(Exception):
    """Raised for compression and decompression errors."""


error.__module__ = 'zlib'


def adler32(data, value=1):
    """Compute an Adler-32 checksum of data (continuing from value)."""
    return _kaa_zlib.adler32(data, value)


def crc32(data, value=0):
    """Compute a CRC-32 checksum of data (continuing from value)."""
    return _crc32(data, value)


def _raw(wbits):
    if wbits < 0:
        if not 8 <= -wbits <= 15:
            raise ValueError("Invalid initialization option")
        return True
    if wbits >= 32:
        return False
    if wbits > 15:
        raise error("gzip streams (wbits > 15) are not supported by "
                    "Kaa's zlib")
    if wbits < 8 and wbits != 0:
        raise ValueError("Invalid initialization option")
    return False


def compress(data, level=Z_DEFAULT_COMPRESSION):
    """Returns a bytes object containing compressed data."""
    if not -1 <= level <= 9:
        raise error("Bad compression level")
    return _kaa_zlib.deflate(data, level, False)


def decompress(data, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    raw = _raw(wbits)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    out, consumed, eof = _kaa_zlib.inflate(data, raw, 0)
    if not eof:
        raise error("Error -5 while decompressing data: incomplete or "
                    "truncated stream")
    return out


class _Compress(object):
    """A compression object (from compressobj())."""

    def __init__(self, level, raw):
        self._level = level
        self._raw = raw
        self._data = bytearray()
        self._finished = False

    def compress(self, data):
        """Add data to the stream; the output comes at flush(Z_FINISH)."""
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent "
                        "stream state")
        self._data += data
        return b''

    def flush(self, mode=Z_FINISH):
        """Flush the stream; Z_FINISH ends it and returns all the output."""
        if mode == Z_NO_FLUSH or mode != Z_FINISH:
            return b''
        if self._finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        self._finished = True
        out = _kaa_zlib.deflate(bytes(self._data), self._level, self._raw)
        self._data = bytearray()
        return out

    def copy(self):
        """A copy of the compression object's state."""
        c = _Compress(self._level, self._raw)
        c._data = bytearray(self._data)
        c._finished = self._finished
        return c


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if not -1 <= level <= 9:
        raise ValueError("Invalid initialization option")
    if method != DEFLATED:
        raise ValueError("Invalid initialization option")
    if zdict is not None:
        raise error("zdict is not supported by Kaa's zlib")
    return _Compress(level, _raw(wbits))


class _Decompress(object):
    """A decompression object (from decompressobj())."""

    def __init__(self, raw):
        self._raw = raw
        self._buf = b''
        self._emitted = 0
        self._tried = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _run(self, cap):
        out, consumed, eof = _kaa_zlib.inflate(self._buf, self._raw, cap)
        self._tried = len(self._buf)
        return out, consumed, eof

    def decompress(self, data, max_length=0):
        """Return the data decompressed so far (at most max_length bytes)."""
        if max_length < 0:
            raise ValueError("max_length must be greater than zero")
        data = bytes(data)
        if self.eof:
            self.unused_data += data
            return b''
        self._buf += data
        self.unconsumed_tail = b''
        if max_length == 0 and self._tried and len(self._buf) < 2 * self._tried:
            return b''
        cap = self._emitted + max_length if max_length else 0
        out, consumed, eof = self._run(cap)
        result = out[self._emitted:]
        self._emitted = len(out)
        if eof:
            self.eof = True
            self.unused_data = self._buf[consumed:]
            self._buf = b''
        elif max_length and len(out) >= cap:
            self.unconsumed_tail = self._buf[consumed:]
            self._buf = self._buf[:consumed]
        return result

    def flush(self, length=DEF_BUF_SIZE):
        """Return whatever output the buffered input gives."""
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.eof or not self._buf:
            return b''
        out, consumed, eof = self._run(0)
        result = out[self._emitted:]
        self._emitted = len(out)
        if eof:
            self.eof = True
            self.unused_data = self._buf[consumed:]
            self._buf = b''
        return result

    def copy(self):
        """A copy of the decompression object's state."""
        d = _Decompress(self._raw)
        d.__dict__.update(self.__dict__)
        return d


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    if zdict:
        raise error("zdict is not supported by Kaa's zlib")
    return _Decompress(_raw(wbits))
