"""JSON decoding (Kaa's Python 3.4 ``json.decoder``): a hand-written
recursive-descent scanner with CPython 3.4's error messages (raised as
ValueError, as 3.4 had no JSONDecodeError)."""

__all__ = ['JSONDecoder']

from _kaa_json import scan as _native_scan

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_default_parse_constant = _CONSTANTS.__getitem__

_WHITESPACE = ' \t\n\r'
_WS = frozenset(_WHITESPACE)
_DIGITS = '0123456789'
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


def linecol(doc, pos):
    lineno = doc.count('\n', 0, pos) + 1
    if lineno == 1:
        colno = pos + 1
    else:
        colno = pos - doc.rindex('\n', 0, pos)
    return lineno, colno


def errmsg(msg, doc, pos, end=None):
    """The ValueError text: msg with line/column and character positions."""
    lineno, colno = linecol(doc, pos)
    if end is None:
        fmt = '{0}: line {1} column {2} (char {3})'
        return fmt.format(msg, lineno, colno, pos)
    endlineno, endcolno = linecol(doc, end)
    fmt = '{0}: line {1} column {2} - line {3} column {4} (char {5} - {6})'
    return fmt.format(msg, lineno, colno, endlineno, endcolno, pos, end)


class _NoValue(Exception):
    """No JSON value starts at self.args[0] (StopIteration in CPython)."""


def _skip(s, end):
    size = len(s)
    while end < size and s[end] in _WHITESPACE:
        end += 1
    return end


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string whose opening quote is at end-1.

    Return (decoded string, index after the closing quote).
    """
    chunks = []
    append = chunks.append
    begin = end - 1
    size = len(s)
    quote = -1
    while True:
        if quote < end:
            # Search again only once an escape has moved past the last find,
            # so that many escapes cost linear time.
            quote = s.find('"', end)
            if quote < 0:
                quote = size  # unterminated, unless an error comes first
        backslash = s.find('\\', end, quote)
        stop = quote if backslash < 0 else backslash
        content = s[end:stop]
        if content and not content.isprintable():
            for offset, char in enumerate(content):
                if char < ' ':
                    if strict:
                        raise ValueError(errmsg("Invalid control character at", s, end + offset))
        if content:
            append(content)
        if backslash < 0:
            if quote == size:
                raise ValueError(errmsg("Unterminated string starting at", s, begin))
            return ''.join(chunks), quote + 1
        end = backslash + 1
        if end >= size:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        esc = s[end]
        if esc != 'u':
            char = _BACKSLASH.get(esc)
            if char is None:
                raise ValueError(errmsg("Invalid \\escape", s, end - 1))
            append(char)
            end += 1
            continue
        code = _hex4(s, end + 1)
        end += 5
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        append(chr(code))


def _hex4(s, position):
    digits = s[position:position + 4]
    if len(digits) == 4 and digits[:1] not in 'xX+-' and all(c in '0123456789abcdefABCDEF' for c in digits):
        return int(digits, 16)
    raise ValueError(errmsg("Invalid \\uXXXX escape", s, position - 1))


class _Scanner(object):
    """Parse one JSON document held in self.s."""

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, idx):
        """Return (value, end) for the value at s[idx]; _NoValue if none."""
        s = self.s
        try:
            nextchar = s[idx]
        except IndexError:
            raise _NoValue(idx)
        if nextchar == '"':
            return scanstring(s, idx + 1, self.strict)
        if nextchar == '{':
            return self.object(idx + 1)
        if nextchar == '[':
            return self.array(idx + 1)
        if nextchar == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if nextchar == 't' and s.startswith('true', idx):
            return True, idx + 4
        if nextchar == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if nextchar in _DIGITS or nextchar == '-':
            found = self.number(idx)
            if found is not None:
                return found
        if nextchar == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if nextchar == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if nextchar == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        raise _NoValue(idx)

    def number(self, idx):
        s = self.s
        size = len(s)
        end = idx
        if s[end] == '-':
            end += 1
        if end >= size:
            return None
        if s[end] == '0':
            end += 1
        elif s[end] in _DIGITS:
            end += 1
            while end < size and s[end] in _DIGITS:
                end += 1
        else:
            return None
        integer_end = end
        is_float = False
        if end + 1 < size and s[end] == '.' and s[end + 1] in _DIGITS:
            end += 2
            while end < size and s[end] in _DIGITS:
                end += 1
            is_float = True
        if end < size and s[end] in 'eE':
            probe = end + 1
            if probe < size and s[probe] in '+-':
                probe += 1
            if probe < size and s[probe] in _DIGITS:
                probe += 1
                while probe < size and s[probe] in _DIGITS:
                    probe += 1
                end = probe
                is_float = True
        if is_float:
            return self.parse_float(s[idx:end]), end
        return self.parse_int(s[idx:integer_end]), integer_end

    def object(self, end):
        s = self.s
        pairs = []
        append = pairs.append
        memo = self.memo
        scan_value = self.value
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end + 1
                pairs = {}
                if self.object_hook is not None:
                    pairs = self.object_hook(pairs)
                return pairs, end + 1
            raise ValueError(errmsg(
                "Expecting property name enclosed in double quotes", s, end))
        end += 1
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo.setdefault(key, key)
            if s[end:end + 1] != ':':
                end = _skip(s, end)
                if s[end:end + 1] != ':':
                    raise ValueError(errmsg("Expecting ':' delimiter", s, end))
            end += 1
            if s[end:end + 1] in _WS:
                end += 1
                if s[end:end + 1] in _WS:
                    end = _skip(s, end)
            try:
                value, end = scan_value(end)
            except _NoValue as err:
                raise ValueError(errmsg("Expecting value", s, err.args[0])) from None
            append((key, value))
            nextchar = s[end:end + 1]
            if nextchar in _WS:
                end = _skip(s, end + 1)
                nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise ValueError(errmsg("Expecting ',' delimiter", s, end - 1))
            nextchar = s[end:end + 1]
            if nextchar in _WS:
                end = _skip(s, end + 1)
                nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise ValueError(errmsg(
                    "Expecting property name enclosed in double quotes", s, end - 1))
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, end

    def array(self, end):
        s = self.s
        values = []
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        append = values.append
        scan_value = self.value
        while True:
            try:
                value, end = scan_value(end)
            except _NoValue as err:
                raise ValueError(errmsg("Expecting value", s, err.args[0])) from None
            append(value)
            nextchar = s[end:end + 1]
            if nextchar in _WS:
                end = _skip(s, end + 1)
                nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise ValueError(errmsg("Expecting ',' delimiter", s, end - 1))
            if s[end:end + 1] in _WS:
                end += 1
                if s[end:end + 1] in _WS:
                    end = _skip(s, end)
        return values, end


class JSONDecoder(object):
    """Simple JSON <http://json.org> decoder

    object -> dict, array -> list, string -> str, number -> int or float,
    true/false -> True/False, null -> None; NaN, Infinity and -Infinity are
    accepted too.
    """

    def __init__(self, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """object_hook / object_pairs_hook post-process decoded objects;
        parse_float, parse_int and parse_constant convert number and
        constant literals; strict=False allows control characters in strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _default_parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        obj, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise ValueError(errmsg("Extra data", s, end, len(s)))
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        found = _native_scan(
            s, idx, bool(self.strict), self.object_hook, self.object_pairs_hook,
            None if self.parse_float is float else self.parse_float,
            None if self.parse_int is int else self.parse_int,
            None if self.parse_constant is _default_parse_constant else self.parse_constant)
        if found is not None:
            return found
        # The native scanner found no valid document here: the Python scanner
        # words the error. It runs without hooks first, so that hooks already
        # called by the native scan are not called again.
        try:
            _Scanner(_PlainDecoder(self.strict), s).value(idx)
            return _Scanner(self, s).value(idx)
        except _NoValue as err:
            raise ValueError(errmsg("Expecting value", s, err.args[0])) from None


class _PlainDecoder(object):
    """The settings of a decoder without hooks, for wording errors."""

    def __init__(self, strict):
        self.strict = strict
        self.object_hook = None
        self.object_pairs_hook = None
        self.parse_float = float
        self.parse_int = int
        self.parse_constant = _default_parse_constant
