"""Base16, Base32, Base64 data encodings (Kaa's Python 3.4 ``base64``).

Written without binascii or struct: the codecs are plain Python.  Decoding
errors raise ``Error`` (a ValueError subclass shown as ``binascii.Error``).
"""

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b16encode', 'b16decode', 'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


class Error(ValueError):
    """Invalid encoded data (binascii.Error in CPython)."""


Error.__module__ = 'binascii'

_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = [-1] * 256
for _i, _c in enumerate(_B64_ALPHABET):
    _B64_VALUES[_c] = _i
_B64_VALID = set(_B64_ALPHABET) | {ord('=')}
del _i, _c


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _check_bytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes, not %s" % s.__class__.__name__)


def _b2a_base64(data):
    """Encode bytes to base64 without a newline."""
    alphabet = _B64_ALPHABET
    out = bytearray()
    append = out.append
    size = len(data)
    full = size - size % 3
    for position in range(0, full, 3):
        chunk = (data[position] << 16) | (data[position + 1] << 8) | data[position + 2]
        append(alphabet[chunk >> 18])
        append(alphabet[(chunk >> 12) & 63])
        append(alphabet[(chunk >> 6) & 63])
        append(alphabet[chunk & 63])
    rest = size - full
    if rest == 1:
        chunk = data[full] << 16
        out += bytes((alphabet[chunk >> 18], alphabet[(chunk >> 12) & 63])) + b'=='
    elif rest == 2:
        chunk = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((alphabet[chunk >> 18], alphabet[(chunk >> 12) & 63],
                      alphabet[(chunk >> 6) & 63])) + b'='
    return bytes(out)


def _next_valid_is_pad(data, position):
    """binascii's look-ahead: is the next base64 character (or pad) a pad?"""
    size = len(data)
    position += 1
    while position < size:
        code = data[position]
        if code < 0x80 and (code in _B64_VALID):
            return code == 0x3d
        position += 1
    return False


def _a2b_base64(data):
    """Decode base64, skipping characters outside the alphabet, as binascii does."""
    values = _B64_VALUES
    out = bytearray()
    append = out.append
    accumulator = 0
    bits = 0
    quad = 0
    for position in range(len(data)):
        code = data[position]
        if code == 0x3d:
            if quad < 2 or (quad == 2 and not _next_valid_is_pad(data, position)):
                continue
            bits = 0
            break
        value = values[code]
        if value < 0:
            continue
        quad = (quad + 1) & 3
        accumulator = (accumulator << 6) | value
        bits += 6
        if bits >= 8:
            bits -= 8
            append((accumulator >> bits) & 0xff)
            accumulator &= (1 << bits) - 1
    if bits:
        raise Error('Incorrect padding')
    return bytes(out)


def b64encode(s, altchars=None):
    """Encode a byte string using Base64.

    altchars, if given, is a 2-byte string replacing '+' and '/'.
    """
    _check_bytes(s)
    encoded = _b2a_base64(s)
    if altchars is not None:
        if not isinstance(altchars, bytes_types):
            raise TypeError("expected bytes, not %s" % altchars.__class__.__name__)
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode a Base64 encoded byte string.

    Characters outside the alphabet are discarded unless validate is true,
    which raises Error for them instead.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    if validate:
        stripped = s.rstrip(b'=')
        pads = len(s) - len(stripped)
        if pads > 2 or any(_B64_VALUES[c] < 0 for c in stripped):
            raise Error('Non-base64 digit found')
    return _a2b_base64(s)


def standard_b64encode(s):
    """Encode a byte string using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode a byte string encoded with the standard Base64 alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode a byte string using a url-safe Base64 alphabet ('-' and '_')."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode a byte string encoded with the url-safe Base64 alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32rev = dict((v, k) for k, v in enumerate(_b32alphabet))


def b32encode(s):
    """Encode a byte string using Base32."""
    _check_bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = bytes(s) + bytes(5 - leftover)
    encoded = bytearray()
    alphabet = _b32alphabet
    for position in range(0, len(s), 5):
        chunk = int.from_bytes(s[position:position + 5], 'big')
        for shift in range(35, -5, -5):
            encoded.append(alphabet[(chunk >> shift) & 31])
    if leftover == 1:
        encoded[-6:] = b'======'
    elif leftover == 2:
        encoded[-4:] = b'===='
    elif leftover == 3:
        encoded[-3:] = b'==='
    elif leftover == 4:
        encoded[-1:] = b'='
    return bytes(encoded)


def b32decode(s, casefold=False, map01=None):
    """Decode a Base32 encoded byte string.

    casefold accepts lowercase letters; map01 maps the digit 1 to the given
    letter ('I' or 'L') and 0 to 'O'.
    """
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b'=')
    padchars = length - len(s)
    decoded = bytearray()
    rev = _b32rev
    acc = 0
    for position in range(0, len(s), 8):
        acc = 0
        try:
            for c in s[position:position + 8]:
                acc = (acc << 5) + rev[c]
        except KeyError:
            raise Error('Non-base32 digit found') from None
        decoded += acc.to_bytes(5, 'big')
    if padchars:
        acc <<= 5 * padchars
        last = acc.to_bytes(5, 'big')
        if padchars == 1:
            decoded[-5:] = last[:-1]
        elif padchars == 3:
            decoded[-5:] = last[:-2]
        elif padchars == 4:
            decoded[-5:] = last[:-3]
        elif padchars == 6:
            decoded[-5:] = last[:-4]
        else:
            raise Error('Incorrect padding')
    return bytes(decoded)


_HEX_UPPER = '0123456789ABCDEF'


def b16encode(s):
    """Encode a byte string using Base16 (uppercase hexadecimal)."""
    _check_bytes(s)
    return ''.join([_HEX_UPPER[b >> 4] + _HEX_UPPER[b & 15] for b in s]).encode('ascii')


def b16decode(s, casefold=False):
    """Decode a Base16 encoded byte string (casefold accepts lowercase)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


# --- Ascii85 and Base85 -----------------------------------------------------

_A85START = b"<~"
_A85END = b"~>"
_a85chars = [bytes((i,)) for i in range(33, 118)]
_a85chars2 = [(a + b) for a in _a85chars for b in _a85chars]
_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85chars = [bytes((i,)) for i in _b85alphabet]
_b85chars2 = [(a + b) for a in _b85chars for b in _b85chars]
_b85dec = [None] * 256
for _i, _c in enumerate(_b85alphabet):
    _b85dec[_c] = _i
del _i, _c


def _85encode(b, chars, chars2, pad=False, foldnuls=False, foldspaces=False):
    # Each 4-byte big-endian word becomes 5 base-85 digits ('z'/'y' folds).
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    padding = (-len(b)) % 4
    if padding:
        b = bytes(b) + b'\0' * padding
    chunks = []
    append = chunks.append
    for position in range(0, len(b), 4):
        word = int.from_bytes(b[position:position + 4], 'big')
        if foldnuls and not word:
            append(b'z')
        elif foldspaces and word == 0x20202020:
            append(b'y')
        else:
            append(chars2[word // 614125] + chars2[word // 85 % 7225] + chars[word % 85])
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = chars[0] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def a85encode(b, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode a byte string using Ascii85.

    foldspaces uses 'y' for 4 spaces; wrapcol inserts newlines; pad pads
    the input to a multiple of 4; adobe adds the <~ ~> markers.
    """
    result = _85encode(b, _a85chars, _a85chars2, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i: i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe:
            if len(chunks[-1]) + 2 > wrapcol:
                chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85END
    return result


def a85decode(b, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode an Ascii85 encoded byte string."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not (b.startswith(_A85START) and b.endswith(_A85END)):
            raise ValueError("Ascii85 encoded byte sequences must be bracketed "
                             "by {!r} and {!r}".format(_A85START, _A85END))
        b = b[2:-2]
    decoded = []
    append = decoded.append
    current = []
    for x in bytes(b) + b'u' * 4:
        if 33 <= x <= 117:
            current.append(x)
            if len(current) == 5:
                acc = 0
                for digit in current:
                    acc = 85 * acc + (digit - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                append(acc.to_bytes(4, 'big'))
                current = []
        elif x == 122:
            if current:
                raise ValueError('z inside Ascii85 5-tuple')
            append(b'\0\0\0\0')
        elif foldspaces and x == 121:
            if current:
                raise ValueError('y inside Ascii85 5-tuple')
            append(b'\x20\x20\x20\x20')
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    result = b''.join(decoded)
    padding = 4 - len(current)
    if padding:
        result = result[:-padding]
    return result


def b85encode(b, pad=False):
    """Encode a byte string using base85 (the git/Mercurial alphabet)."""
    return _85encode(b, _b85chars, _b85chars2, pad)


def b85decode(b):
    """Decode base85-encoded byte array"""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = bytes(b) + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        chunk = b[i:i + 5]
        acc = 0
        for j, c in enumerate(chunk):
            value = _b85dec[c]
            if value is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + value
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(_b2a_base64(s) + b'\n')


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(_a2b_base64(line))


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data."""
    _check_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(_b2a_base64(s[i: i + MAXBINSIZE]) + b'\n')
    return b"".join(pieces)


def encodestring(s):
    """Legacy alias of encodebytes()."""
    return encodebytes(s)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _check_bytes(s)
    return _a2b_base64(s)


def decodestring(s):
    """Legacy alias of decodebytes()."""
    return decodebytes(s)
