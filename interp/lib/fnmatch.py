"""Unix shell-style filename matching (the Python 3.4 ``fnmatch`` API).

Kaa's own implementation.  ``*`` matches everything, ``?`` one character,
``[seq]`` a character in seq and ``[!seq]`` one not in seq.  ``translate``
returns 3.4's form of the regular expression (``...\\Z(?ms)``).
"""

import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_MAXCACHE = 256


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case-normalised on the host:
    posix, so case-sensitive)."""
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    match = _cache.get(pat)
    if match is None:
        if isinstance(pat, bytes):
            res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
        else:
            res = translate(pat)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        match = _cache[pat] = re.compile(res).match
    return match


def filter(names, pat):
    """Return the subset of the list NAMES that match PAT."""
    pat = posixpath.normcase(pat)
    match = _compile(pat)
    return [name for name in names if match(posixpath.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile(pat)(name) is not None


def _escape(c):
    # 3.4's re.escape: every character but ASCII letters, digits and '_'.
    if c.isalnum() and ord(c) < 128 or c == '_':
        return c
    if c == '\0':
        return '\\000'
    return '\\' + c


def translate(pat):
    """Translate a shell PATTERN to a regular expression (3.4's form)."""
    i, n = 0, len(pat)
    out = []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] == '^':
                    stuff = '\\' + stuff
                out.append('[' + stuff + ']')
        else:
            out.append(_escape(c))
    return ''.join(out) + '\\Z(?ms)'
