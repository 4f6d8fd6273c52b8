"""A minimal, harmless ``os`` for the Kaa sandbox.

Path strings (``os.path``, the separators), an empty ``os.environ`` (a
private in-memory mapping: changing it affects nothing outside the program)
and a fixed working directory ``/sandbox`` work as in CPython. Every
operation that would touch files or processes raises PermissionError with
a message naming the sandbox.
"""

import sys
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull
linesep = '\n'

error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 64
O_EXCL = 128
O_TRUNC = 512
O_APPEND = 1024


class _Environ(dict):
    """The (empty) environment: str keys and values only."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ(%s)' % dict.__repr__(self)


environ = _Environ()


def getenv(key, default=None):
    """environ.get(key, default)."""
    return environ.get(key, default)


def putenv(key, value):
    """Does nothing: there is no process environment."""


def unsetenv(key):
    """Does nothing: there is no process environment."""


def getcwd():
    """The fixed working directory of the sandbox."""
    return '/sandbox'


def getcwdb():
    """getcwd() as bytes."""
    return b'/sandbox'


def cpu_count():
    """One core is all a sandboxed program sees."""
    return 1


def fsencode(filename):
    """A str path as UTF-8 bytes (bytes unchanged)."""
    if isinstance(filename, bytes):
        return filename
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    raise TypeError("expect bytes or str, not %s" % type(filename).__name__)


def fsdecode(filename):
    """A bytes path as str (str unchanged)."""
    if isinstance(filename, str):
        return filename
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    raise TypeError("expect bytes or str, not %s" % type(filename).__name__)


_NO_FILES = "Permission denied (the Kaa sandbox has no file system)"
_NO_PROCESSES = "Permission denied (the Kaa sandbox cannot run processes)"


def _file_op(op_name):
    def op(path='.', *args, **kwargs):
        raise PermissionError(13, _NO_FILES, path)
    op.__name__ = op.__qualname__ = op_name
    op.__doc__ = "Raises PermissionError: the sandbox has no file system."
    return op


def _process_op(op_name):
    def op(*args, **kwargs):
        raise PermissionError(13, _NO_PROCESSES)
    op.__name__ = op.__qualname__ = op_name
    op.__doc__ = "Raises PermissionError: the sandbox cannot run processes."
    return op


for _n in ('listdir', 'remove', 'unlink', 'rmdir', 'mkdir', 'makedirs',
           'removedirs', 'stat', 'lstat', 'chdir', 'chmod', 'chown',
           'open', 'scandir', 'readlink', 'utime', 'truncate', 'mkfifo',
           'statvfs', 'chroot', 'link', 'symlink', 'rename', 'renames',
           'replace', 'access'):
    globals()[_n] = _file_op(_n)

for _n in ('system', 'popen', 'fork', 'forkpty', 'kill', 'killpg',
           'execv', 'execve', 'execl', 'execle', 'execlp', 'execvp',
           'execvpe', 'spawnv', 'spawnl', 'wait', 'waitpid', 'abort',
           'nice', 'getpid', 'getppid', 'getuid', 'getgid', 'getlogin',
           'urandom', 'startfile', 'times', 'umask', 'pipe', 'dup', 'dup2',
           'close', 'fsync', 'lseek'):
    globals()[_n] = _process_op(_n)

del _n


class stat_result(tuple):
    """The result of fstat(): a 10-tuple with st_mode, st_ino, ...
    st_ctime as attributes."""

    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
               'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 10:
            raise TypeError("os.stat_result() takes a 10-sequence "
                            "(%d-sequence given)" % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % kv for kv in zip(self._fields, self))


for _i, _n in enumerate(stat_result._fields):
    setattr(stat_result, _n, property(lambda self, _i=_i: self[_i]))
del _i, _n


def _std_buffer(fd, writing):
    """The binary standard stream behind file descriptor `fd` (0 for
    reading, 1 or 2 for writing); any other descriptor is not open."""
    if not isinstance(fd, int):
        raise TypeError("an integer is required (got type %s)"
                        % type(fd).__name__)
    if writing and fd == 1:
        return sys.__stdout__.buffer
    if writing and fd == 2:
        return sys.__stderr__.buffer
    if not writing and fd == 0:
        return sys.__stdin__.buffer
    raise OSError(9, 'Bad file descriptor')


def read(fd, n):
    """Reads at most `n` bytes from file descriptor 0 (stdin), as the
    fast-input idiom `os.read(0, os.fstat(0).st_size)` does."""
    if not isinstance(n, int):
        raise TypeError("an integer is required (got type %s)"
                        % type(n).__name__)
    if n < 0:
        raise OSError(22, 'Invalid argument')
    return _std_buffer(fd, False).read(n)


def write(fd, data):
    """Writes the bytes `data` to file descriptor 1 or 2 (stdout or
    stderr); returns the number of bytes written."""
    return _std_buffer(fd, True).write(data)


def fstat(fd):
    """The status of a standard stream: stdin looks like a redirected
    regular file whose st_size is the input not read yet, stdout and stderr
    like pipes."""
    if fd == 0 and isinstance(fd, int):
        size = len(sys.__stdin__.buffer.peek())
        return stat_result((0o100644, 0, 0, 1, 0, 0, size, 0, 0, 0))
    _std_buffer(fd, True)
    return stat_result((0o010600, 0, 0, 1, 0, 0, 0, 0, 0, 0))


def isatty(fd):
    """False: the standard streams are never terminals in the sandbox."""
    return False


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields nothing: listing `top` fails, and (as in CPython) the error
    goes to `onerror` when one is given."""
    try:
        listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    yield  # pragma: no cover (listdir always fails)


def _exit(n):
    """Leaves the program at once with status `n` (as SystemExit does)."""
    raise SystemExit(n)
