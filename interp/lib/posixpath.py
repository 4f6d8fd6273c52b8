"""POSIX path operations on strings (``os.path``), Python 3.4's API.

Pure string functions behave as in CPython. The Kaa sandbox has no file
system: the queries (exists, isfile, isdir, islink, lexists) answer False,
and those that need a file (getsize, getmtime, ...) raise PermissionError
like every other file operation of ``os``.
"""

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = ':/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_CWD = '/sandbox'


def _check(p):
    if not isinstance(p, (str, bytes)):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(p).__name__)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def normcase(s):
    """Normalises case (a no-op on POSIX)."""
    _check(s)
    return s


def isabs(s):
    """Whether a path is absolute."""
    _check(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Joins path components, '/' between them; an absolute component
    discards everything before it."""
    _check(a)
    sep = _sep(a)
    path = a
    for b in p:
        if isinstance(b, (str, bytes)) and type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        _check(b)
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail): tail is everything after the last '/'."""
    _check(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows, leading dots of
    the file name ignored."""
    _check(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    _check(p)
    return p[:0], p


def basename(p):
    """The final component of a path."""
    _check(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    """The directory component of a path."""
    _check(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest common leading string of a list of paths."""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """Collapses redundant separators and '.'/'..' components."""
    _check(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial = 1 if path.startswith(sep) else 0
    if initial and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial = 2
    comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial and not comps)
                or (comps and comps[-1] == dotdot)):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep.join(comps)
    if initial:
        path = sep * initial + path
    return path or dot


def abspath(path):
    """The absolute path, relative to the fake working directory."""
    _check(path)
    if not isabs(path):
        cwd = _CWD.encode() if isinstance(path, bytes) else _CWD
        path = join(cwd, path)
    return normpath(path)


def realpath(filename):
    """abspath (there are no symbolic links to resolve)."""
    return abspath(filename)


def relpath(path, start=None):
    """`path` relative to `start` (default: the working directory)."""
    _check(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir_
    return join(*rel_list)


def expanduser(path):
    """Unchanged: there is no home directory."""
    _check(path)
    return path


def expandvars(path):
    """Unchanged: the environment is empty."""
    _check(path)
    return path


def _denied(path):
    return PermissionError(13, "Permission denied (the Kaa sandbox has no "
                           "file system)", path)


def exists(path):
    """False: the sandbox has no files."""
    return False


lexists = exists
isfile = exists
isdir = exists
islink = exists
ismount = exists


def getsize(filename):
    raise _denied(filename)


def getmtime(filename):
    raise _denied(filename)


def getatime(filename):
    raise _denied(filename)


def getctime(filename):
    raise _denied(filename)


def samefile(f1, f2):
    raise _denied(f1)


def sameopenfile(fp1, fp2):
    raise _denied(fp1)


def samestat(s1, s2):
    return s1 == s2
