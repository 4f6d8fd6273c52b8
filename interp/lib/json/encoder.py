"""JSON encoding (Kaa's Python 3.4 ``json.encoder``).

Output is built into one list of string pieces by a recursive encoder; the
error messages follow 3.4 (which used its C encoder unless indent was set).
"""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

from _kaa_json import encode as _native_encode

INFINITY = float('inf')

_BASIC_ESCAPES = {
    ord('\\'): '\\\\',
    ord('"'): '\\"',
    ord('\b'): '\\b',
    ord('\f'): '\\f',
    ord('\n'): '\\n',
    ord('\r'): '\\r',
    ord('\t'): '\\t',
}
_ESCAPE_TABLE = {}
for _code in range(0x20):
    # '\\u%04x' % _code, without the formatting machinery at import time
    _ESCAPE_TABLE[_code] = '\\u00' + '01'[_code >> 4] + '0123456789abcdef'[_code & 15]
_ESCAPE_TABLE.update(_BASIC_ESCAPES)
del _code
# ensure_ascii output escapes DEL too (only ' ' to '~' stay literal).
_ASCII_ESCAPE_TABLE = dict(_ESCAPE_TABLE)
_ASCII_ESCAPE_TABLE[0x7f] = '\\u007f'

_float_repr = float.__repr__
_int_repr = int.__repr__


def encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def _escape_non_ascii(text):
    parts = []
    append = parts.append
    for char in text:
        code = ord(char)
        if code < 0x80:
            append(char)
        elif code < 0x10000:
            append('\\u%04x' % code)
        else:
            code -= 0x10000
            append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
    return ''.join(parts)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    text = s.translate(_ASCII_ESCAPE_TABLE)
    try:
        text.encode('ascii')
    except UnicodeEncodeError:
        text = _escape_non_ascii(text)
    return '"' + text + '"'


class JSONEncoder(object):
    """Extensible JSON <http://json.org> encoder for Python data structures.

    dict -> object, list and tuple -> array, str -> string, int and float ->
    number, True/False -> true/false, None -> null.  Override default() to
    encode other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(repr(o) + " is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self._encode_all(o))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        return iter(self._encode_all(o))

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return _float_repr(o)
        if not self.allow_nan:
            if self.indent is None:
                # 3.4 encoded with its C encoder unless indent was given.
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def _encode_all(self, o):
        parts = []
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        text = _native_encode(
            o, indent, self.item_separator, self.key_separator,
            self.ensure_ascii, self.allow_nan, self.sort_keys, self.skipkeys,
            self.check_circular, self.default, _sort_items)
        if text is not None:
            return [text]
        # Settings of unusual types: the Python encoder below.
        _Encoding(self, parts, markers, indent).value(o, 0)
        return parts


def _first(pair):
    return pair[0]


def _sort_items(items):
    """Pairs sorted by key, for dicts whose keys are not all strings."""
    return sorted(items, key=_first)


class _Encoding(object):
    """The state of one encode() call."""

    def __init__(self, encoder, parts, markers, indent):
        self.encoder = encoder
        self.parts = parts
        self.markers = markers
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.encode_str = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.floatstr = encoder._floatstr
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys

    def value(self, o, level):
        append = self.parts.append
        if isinstance(o, str):
            append(self.encode_str(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif isinstance(o, int):
            append(_int_repr(o))
        elif isinstance(o, float):
            append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            markers = self.markers
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            self.value(self.encoder.default(o), level)
            if markers is not None:
                del markers[marker]

    def array(self, items, level):
        append = self.parts.append
        if not items:
            append('[]')
            return
        markers = self.markers
        if markers is not None:
            marker = id(items)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = items
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            append('[' + newline_indent)
        else:
            separator = self.item_separator
            append('[')
        encode_str = self.encode_str
        floatstr = self.floatstr
        value = self.value
        first = True
        for item in items:
            if first:
                first = False
            else:
                append(separator)
            kind = type(item)
            if kind is str:
                append(encode_str(item))
            elif item is None:
                append('null')
            elif item is True:
                append('true')
            elif item is False:
                append('false')
            elif kind is int:
                append(_int_repr(item))
            elif kind is float:
                append(floatstr(item))
            else:
                value(item, level)
        if indent is not None:
            level -= 1
            append('\n' + indent * level + ']')
        else:
            append(']')
        if markers is not None:
            del markers[marker]

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return _int_repr(key)
        if self.skipkeys:
            return None
        if self.indent is None:
            raise TypeError("keys must be a string")
        raise TypeError("key " + repr(key) + " is not a string")

    def object(self, dct, level):
        append = self.parts.append
        if not dct:
            append('{}')
            return
        markers = self.markers
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = dct
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            append('{' + newline_indent)
        else:
            item_separator = self.item_separator
            append('{')
        key_separator = self.key_separator
        encode_str = self.encode_str
        if self.sort_keys:
            items = sorted(dct.items(), key=lambda kv: kv[0])
        else:
            items = dct.items()
        floatstr = self.floatstr
        encode_value = self.value
        first = True
        for key, value in items:
            if type(key) is not str:
                key = self._key(key)
                if key is None:
                    continue
            if first:
                first = False
            else:
                append(item_separator)
            append(encode_str(key))
            append(key_separator)
            kind = type(value)
            if kind is str:
                append(encode_str(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif kind is int:
                append(_int_repr(value))
            elif kind is float:
                append(floatstr(value))
            else:
                encode_value(value, level)
        if indent is not None:
            level -= 1
            append('\n' + indent * level + '}')
        else:
            append('}')
        if markers is not None:
            del markers[marker]
