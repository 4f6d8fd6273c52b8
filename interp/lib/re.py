"""Support for regular expressions (the Python 3.4 ``re`` API).

Patterns are compiled and matched by Kaa's native engine ``_kaa_re`` (a
backtracking matcher with CPython 3.4's ``sre`` syntax, semantics and error
messages, stopped by the interpreter's time and instruction limits). This
module builds the pattern and match objects, templates, split, findall and
sub on top of it.
"""

import _kaa_re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "template", "escape", "error", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE",
           "DOTALL", "VERBOSE", "UNICODE"]

__version__ = "2.2.1"

A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
U = UNICODE = 32
M = MULTILINE = 8
S = DOTALL = 16
X = VERBOSE = 64
T = TEMPLATE = 1
DEBUG = 128

_FLAG_NAMES = [(TEMPLATE, "re.TEMPLATE"), (IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"),
               (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (UNICODE, "re.UNICODE"),
               (VERBOSE, "re.VERBOSE"), (DEBUG, "re.DEBUG"), (ASCII, "re.ASCII")]


class error(Exception):
    """Raised for an invalid regular expression or template."""
    __module__ = "sre_constants"


_EXCEPTIONS = {"ValueError": ValueError, "OverflowError": OverflowError,
               "IndexError": IndexError, "RuntimeError": RuntimeError,
               "AssertionError": AssertionError}


def _raise(kind, message):
    if kind == "error":
        raise error(message)
    raise _EXCEPTIONS[kind](message)


def _clamp(value, length):
    if value < 0:
        return 0
    if value > length:
        return length
    return value


class SRE_Pattern(object):
    """A compiled regular expression (``re.compile``)."""
    __module__ = "_sre"

    def __init__(self, pattern, flags):
        info = _kaa_re.compile(pattern, flags)
        if len(info) == 2:
            _raise(info[0], info[1])
        self.pattern = pattern
        self.flags = info[0]
        self.groups = info[1]
        self.groupindex = info[2]
        self._key_flags = flags
        self._isbytes = not isinstance(pattern, str)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if not self._isbytes:
            flags &= ~UNICODE
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def _check(self, string):
        if isinstance(string, str):
            if self._isbytes:
                raise TypeError("can't use a bytes pattern on a string-like object")
        elif isinstance(string, (bytes, bytearray)):
            if not self._isbytes:
                raise TypeError("can't use a string pattern on a bytes-like object")
        else:
            raise TypeError("expected string or buffer")

    def _run(self, string, pos, endpos, mode):
        if type(string) is not str or self._isbytes:
            self._check(string)
        n = len(string)
        if pos:
            pos = _clamp(pos, n)
        endpos = n if endpos is None else _clamp(endpos, n)
        r = _kaa_re.match(self.pattern, self._key_flags, string, pos, endpos, mode)
        if r is None:
            return None
        return SRE_Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=None):
        """A match anchored at ``pos``, or None."""
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        """The first match at or after ``pos``, or None."""
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        """A match of the whole of ``string[pos:endpos]``, or None."""
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit, mode):
        self._check(string)
        n = len(string)
        pos = _clamp(pos, n)
        endpos = n if endpos is None else _clamp(endpos, n)
        return pos, endpos, _kaa_re.scan(self.pattern, self._key_flags, string, pos, endpos, limit, mode)

    def finditer(self, string, pos=0, endpos=None):
        """An iterator over the match objects of all non-overlapping matches."""
        pos, endpos, found = self._scan(string, pos, endpos, 0, 0)
        return iter([SRE_Match(self, string, pos, endpos, r) for r in found])

    def findall(self, string, pos=0, endpos=None):
        """All non-overlapping matches: strings, or tuples of groups."""
        self._check(string)
        n = len(string)
        endpos = n if endpos is None else _clamp(endpos, n)
        return _kaa_re.findall(self.pattern, self._key_flags, string, _clamp(pos, n), endpos)

    def split(self, string, maxsplit=0):
        """``string`` split by the matches; groups in the pattern are kept."""
        self._check(string)
        return _kaa_re.split(self.pattern, self._key_flags, string, maxsplit)

    def subn(self, repl, string, count=0):
        """``(new_string, number_of_subs)``."""
        if not callable(repl):
            _check_template(self, repl)
            self._check(string)
            r = _kaa_re.sub(self.pattern, self._key_flags, repl, string, count)
            if type(r) is list:
                _raise(r[0], r[1])
            return r
        if count < 0:
            self._check(string)
            return string[:], 0
        pos, endpos, found = self._scan(string, 0, None, count, 1)
        pieces = []
        last = 0
        for r in found:
            if last < r[1]:
                pieces.append(string[last:r[1]])
            item = repl(SRE_Match(self, string, 0, endpos, r))
            if item is not None:
                pieces.append(item)
            last = r[2]
        if last < len(string):
            pieces.append(string[last:])
        return string[:0].join(pieces), len(found)

    def sub(self, repl, string, count=0):
        """``string`` with matches replaced by ``repl`` (a template or a function)."""
        return self.subn(repl, string, count)[0]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _check_template(pattern, repl):
    if pattern._isbytes:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("expected bytes-like object, %s found" % type(repl).__name__)
    elif not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)


def _template(pattern, repl):
    _check_template(pattern, repl)
    result = _kaa_re.template(pattern.pattern, pattern._key_flags, repl)
    if type(result) is tuple:
        _raise(result[0], result[1])
    return result


def _expand(match, template):
    out = []
    groups = match.re.groups
    for item in template:
        if type(item) is int:
            if item > groups:
                raise error("invalid group reference")
            s = match.group(item)
            if s is None:
                raise error("unmatched group")
            out.append(s)
        else:
            out.append(item)
    return match.string[:0].join(out)


class SRE_Match(object):
    """The result of a successful match."""
    __module__ = "_sre"

    def __init__(self, pattern, string, pos, endpos, r):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._r = r
        self.lastindex = r[0] if r[0] >= 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        r = self._r
        return tuple((r[2 * g + 1], r[2 * g + 2]) for g in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str) or isinstance(group, bytes):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _get(self, group, default=None):
        i = self._index(group)
        s = self._r[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:self._r[2 * i + 2]]

    def group(self, *args):
        """One group (a str/bytes or None), or a tuple of several."""
        if not args:
            g = 0
        elif len(args) == 1:
            g = args[0]
        else:
            return tuple(self._get(g) for g in args)
        if type(g) is int and 0 <= g <= self.re.groups:
            r = self._r
            s = r[2 * g + 1]
            if s < 0:
                return None
            return self.string[s:r[2 * g + 2]]
        return self._get(g)

    def groups(self, default=None):
        """All the subgroups, ``default`` for those that did not match."""
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The named subgroups, by name."""
        out = {}
        for name, index in self.re.groupindex.items():
            out[name] = self._get(index, default)
        return out

    def start(self, group=0):
        """Where the group starts (-1 if it did not match)."""
        return self._r[2 * self._index(group) + 1]

    def end(self, group=0):
        """Where the group ends (-1 if it did not match)."""
        return self._r[2 * self._index(group) + 2]

    def span(self, group=0):
        """``(start, end)`` of the group."""
        i = self._index(group)
        return (self._r[2 * i + 1], self._r[2 * i + 2])

    def expand(self, template):
        """``template`` with its group references replaced."""
        return _expand(self, _template(self.re, template))

    def __repr__(self):
        return "<_sre.SRE_Match object; span=%r, match=%r>" % (self.span(), self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, SRE_Pattern):
        if flags:
            raise ValueError("Cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = SRE_Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping occurrences of the pattern."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but also return the number of substitutions made."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a pattern object."""
    return _compile(pattern, flags | TEMPLATE)


_alphanum_str = frozenset("_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234567890")
_alphanum_bytes = frozenset(b"_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234567890")


def escape(pattern):
    """Escape all the characters in pattern except ASCII letters, numbers and '_'."""
    if isinstance(pattern, str):
        out = []
        for c in pattern:
            if c in _alphanum_str:
                out.append(c)
            elif c == "\000":
                out.append("\\000")
            else:
                out.append("\\" + c)
        return "".join(out)
    out = []
    for c in pattern:
        if c in _alphanum_bytes:
            out.append(c)
        elif c == 0:
            out.extend(b"\\000")
        else:
            out.append(92)
            out.append(c)
    return bytes(out)
