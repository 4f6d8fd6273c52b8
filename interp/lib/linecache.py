"""Source lines by file name (``linecache``), the Python 3.4 API.

The sandbox has no file system: the only sources are those the interpreter
compiled itself (the main program, the embedded standard library), which
``_kaa_traceback`` provides; any other name gives no lines (``''``/``[]``),
as CPython gives for a file it cannot read.
"""

__all__ = ["getline", "clearcache", "checkcache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of filename with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getlines(filename, module_globals=None):
    """All the lines of filename, or [] when there is no such source."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed (sources here never change,
    so only lazily loaded entries are dropped)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        if len(cache[name]) == 1:
            del cache[name]


def updatecache(filename, module_globals=None):
    """Read filename's source into the cache and return its lines."""
    if filename in cache and len(cache[filename]) != 1:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        import _kaa_traceback
        source = _kaa_traceback.getsource(filename)
    except ImportError:
        source = None
    if source is None:
        return []
    lines = source.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(source), None, lines, filename)
    return lines

