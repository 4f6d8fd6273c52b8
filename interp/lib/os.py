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
           'close', 'read', 'write', 'fstat', 'fsync', 'lseek', 'isatty'):
    globals()[_n] = _process_op(_n)

del _n


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
