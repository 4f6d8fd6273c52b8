"""Codec registry and base classes (the Python 3.4 ``codecs`` API).

Kaa's own implementation over the interpreter's native text codecs
(``str.encode``/``bytes.decode``: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32
with their BOM and endian variants) plus the bytes-to-bytes and
str-to-str codecs ``hex``, ``base64``, ``rot13`` and (when the native module
exists) ``zlib``.  Error handlers registered with ``register_error`` are
applied by ``codecs.encode``/``codecs.decode`` and the codec functions here;
``str.encode``/``bytes.decode`` only know the built-in handler names.
``codecs.open`` raises PermissionError (the sandbox has no files).
"""

import sys

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE",
           "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM = BOM_UTF16
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at 0x%x>" % (
            self.__class__.__module__, self.__class__.__name__,
            self.name, id(self))


class Codec(object):
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes input in pieces; the state lives between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    """Decodes input in pieces; the state lives between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the undecoded tail of the input for the next call
    (subclasses define _buffer_decode returning (text, consumed))."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes text from a binary stream (whole reads only)."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        text, consumed = self.decode(data, self.errors)
        return text

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        text, consumed = self.decode(line, self.errors)
        return text if keepends else text.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter(object):
    """Not available: the sandbox has no files to pair readers and writers on."""

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, data):
        return self.writer.write(data)


class StreamRecoder(object):
    """Not available in the Kaa sandbox."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("codecs.StreamRecoder is not available in "
                                  "the Kaa sandbox")


# Error handlers.

def strict_errors(exc):
    """Raise the exception (the 'strict' handler)."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check_exc(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)


def ignore_errors(exc):
    """Skip the unencodable/undecodable part (the 'ignore' handler)."""
    _check_exc(exc)
    return ('', exc.end)


def replace_errors(exc):
    """'?' per character when encoding, U+FFFD when decoding."""
    _check_exc(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('\ufffd' * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc):
    """&#NNN; per character (encoding only)."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]),
            exc.end)


def backslashreplace_errors(exc):
    """\\xNN, \\uNNNN or \\UNNNNNNNN per character (encoding only in 3.4)."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)
    out = []
    for c in exc.object[exc.start:exc.end]:
        n = ord(c)
        if n < 0x100:
            out.append('\\x%02x' % n)
        elif n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            out.append('\\U%08x' % n)
    return (''.join(out), exc.end)


def surrogateescape_errors(exc):
    """Undecodable bytes <-> lone surrogates U+DC80..U+DCFF (PEP 383)."""
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        if any(b < 128 for b in bad):
            raise exc
        return (''.join(chr(0xdc00 + b) for b in bad), exc.end)
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        if not all(0xdc80 <= ord(c) <= 0xdcff for c in bad):
            raise exc
        return (bytes(ord(c) - 0xdc00 for c in bad), exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def surrogatepass_errors(exc):
    """Lone surrogates written (or read) as UTF-8/16/32 would a code point."""
    enc = exc.encoding.lower().replace('_', '-')
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        if not enc.startswith('utf') or not all(0xd800 <= ord(c) <= 0xdfff for c in bad):
            raise exc
        return (bad.encode(exc.encoding, 'surrogatepass'), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        if not enc.startswith('utf'):
            raise exc
        width = 3 if enc in ('utf-8', 'utf8') else (2 if '16' in enc else 4)
        raw = exc.object[exc.start:exc.start + width]
        try:
            text = raw.decode(exc.encoding, 'surrogatepass')
        except UnicodeDecodeError:
            raise exc
        if len(text) != 1 or not 0xd800 <= ord(text) <= 0xdfff:
            raise exc
        return (text, exc.start + width)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'surrogateescape': surrogateescape_errors,
    'surrogatepass': surrogatepass_errors,
}
_NATIVE_HANDLERS = ('strict', 'ignore', 'replace', 'xmlcharrefreplace',
                    'backslashreplace', 'surrogateescape', 'surrogatepass')


def register_error(name, error_handler):
    """Register an error handler under the name ``name``."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """Return the error handler registered under ``name``."""
    handler = _error_handlers.get(name)
    if handler is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return handler


# The text codecs the interpreter implements natively.

def _normalize(encoding):
    return encoding.strip().lower().replace('-', '_').replace(' ', '_')


_TEXT_NAMES = {'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8',
               'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
               'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1',
               'l1': 'iso8859-1', 'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1',
               'iso8859': 'iso8859-1', '8859': 'iso8859-1', 'cp819': 'iso8859-1',
               'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
               'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
               'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
               'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
               'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le',
               'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be'}


def _text_encode(name, input, errors):
    if not isinstance(input, str):
        raise TypeError("%s_encode() argument 1 must be str, not %s" % (
            name.replace('-', '_').replace('iso8859_1', 'latin_1'),
            type(input).__name__))
    if errors in _NATIVE_HANDLERS or errors not in _error_handlers:
        return input.encode(name, errors)
    handler = _error_handlers[errors]
    out = []
    pos = 0
    while True:
        try:
            out.append(input[pos:].encode(name))
            return b''.join(out)
        except UnicodeEncodeError as e:
            start = pos + e.start
            out.append(input[pos:start].encode(name))
            exc = UnicodeEncodeError(e.encoding, input, start, pos + e.end,
                                     e.reason)
            replacement, pos = handler(exc)
            if pos < 0:
                pos += len(input)
            out.append(replacement.encode(name) if isinstance(replacement, str)
                       else bytes(replacement))


def _text_decode(name, input, errors):
    if isinstance(input, memoryview):
        input = input.tobytes()
    if errors in _NATIVE_HANDLERS or errors not in _error_handlers:
        return bytes(input).decode(name, errors)
    handler = _error_handlers[errors]
    data = bytes(input)
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(name))
            return ''.join(out)
        except UnicodeDecodeError as e:
            start = pos + e.start
            out.append(data[pos:start].decode(name))
            exc = UnicodeDecodeError(e.encoding, data, start, pos + e.end,
                                     e.reason)
            replacement, pos = handler(exc)
            if pos < 0:
                pos += len(data)
            out.append(replacement)


def _make_text_codec(name):
    def encode(input, errors='strict'):
        return (_text_encode(name, input, errors), len(input))

    def decode(input, errors='strict'):
        return (_text_decode(name, input, errors), len(input))

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return _text_encode(name, input, self.errors)

    class _IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            try:
                return (_text_decode(name, input, errors), len(input))
            except UnicodeDecodeError as e:
                if final or e.end < len(input):
                    raise
                head = _text_decode(name, input[:e.start], errors)
                return (head, e.start)

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors)

    return CodecInfo(encode, decode, _Reader, _Writer, _IncEncoder,
                     _IncDecoder, name)


# Bytes-to-bytes and str-to-str codecs (codecs.encode/decode only).

def _hex_encode(input, errors='strict'):
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _b64_encode(input, errors='strict'):
    import base64
    return (base64.encodebytes(input), len(input))


def _b64_decode(input, errors='strict'):
    import base64
    return (base64.decodebytes(input), len(input))


_ROT13 = None


def _rot13(input, errors='strict'):
    global _ROT13
    if _ROT13 is None:
        lower = 'abcdefghijklmnopqrstuvwxyz'
        upper = lower.upper()
        _ROT13 = str.maketrans(lower + upper, lower[13:] + lower[:13]
                               + upper[13:] + upper[:13])
    return (input.translate(_ROT13), len(input))


def _zlib_encode(input, errors='strict'):
    import zlib
    return (zlib.compress(input), len(input))


def _zlib_decode(input, errors='strict'):
    import zlib
    return (zlib.decompress(input), len(input))


_TRANSFORMS = {
    'hex': ('hex', _hex_encode, _hex_decode),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _b64_encode, _b64_decode),
    'base_64': ('base64', _b64_encode, _b64_decode),
    'base64_codec': ('base64', _b64_encode, _b64_decode),
    'rot13': ('rot-13', _rot13, _rot13),
    'rot_13': ('rot-13', _rot13, _rot13),
    'zlib': ('zlib', _zlib_encode, _zlib_decode),
    'zip': ('zlib', _zlib_encode, _zlib_decode),
    'zlib_codec': ('zlib', _zlib_encode, _zlib_decode),
}

_cache = {}
_search_functions = []


def register(search_function):
    """Register a codec search function (name -> CodecInfo or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def lookup(encoding):
    """Look up a codec tuple in the codec registry; LookupError if unknown."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    name = _TEXT_NAMES.get(key)
    if name is None:
        try:
            ''.encode(encoding)
            name = key.replace('_', '-')
        except LookupError:
            name = None
    if name is not None:
        info = _make_text_codec(name)
    elif key in _TRANSFORMS:
        tname, enc, dec = _TRANSFORMS[key]
        info = CodecInfo(enc, dec, name=tname, _is_text_encoding=False)
    else:
        for search in _search_functions:
            info = search(key)
            if info is not None:
                if not isinstance(info, CodecInfo):
                    if not isinstance(info, tuple) or len(info) != 4:
                        raise TypeError("codec search functions must return "
                                        "4-tuples")
                    info = CodecInfo(*info)
                break
        else:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def _wrapped(e, what, name):
    # 3.4 names the codec in errors it can re-create with one message.
    if isinstance(e, UnicodeError) or getattr(e, '__dict__', None):
        return None
    try:
        new = type(e)("%s with '%s' codec failed (%s: %s)"
                      % (what, name, type(e).__name__, e))
    except Exception:
        return None
    return new


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except Exception as e:
        new = _wrapped(e, 'encoding', info.name)
        if new is None:
            raise
        raise new from e
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except Exception as e:
        new = _wrapped(e, 'decoding', info.name)
        if new is None:
            raise
        raise new from e
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    """The encoder function of the codec: (input, errors) -> (output, length)."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The decoder function of the codec: (input, errors) -> (output, length)."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The IncrementalEncoder class of the codec."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """The IncrementalDecoder class of the codec."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    """The StreamReader class of the codec."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of the codec."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator incrementally, yielding bytes."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes of iterator incrementally, yielding strings."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=1):
    """Would open an encoded file: the Kaa sandbox has no file system."""
    raise PermissionError(13, "Permission denied (the Kaa sandbox has no file "
                          "system)", filename)


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Not available in the Kaa sandbox (needs StreamRecoder)."""
    raise NotImplementedError("codecs.EncodedFile is not available in the "
                              "Kaa sandbox")
