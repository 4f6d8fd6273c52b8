"""Extract, format and print tracebacks (Python 3.4's traceback API).

Entries are plain ``(filename, lineno, name, line)`` tuples, as in 3.4.
Under Kaa the data comes from the native ``_kaa_traceback`` module (the
VM's traceback records and call stack); frames entered from native code
(for instance ``__init__`` run by a class call) are not visible to
``extract_stack``.
"""

import sys

try:
    import _kaa_traceback as _native
except ImportError:  # running under CPython (the library's own tests)
    _native = None

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames']


def _limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    return limit


def _getline(filename, lineno):
    if _native is not None:
        return _native.getline(filename, lineno)
    import linecache
    return linecache.getline(filename, lineno).strip()


def extract_tb(tb, limit=None):
    """The entries of traceback `tb`, outermost first, at most `limit`."""
    limit = _limit(limit)
    if _native is not None:
        entries = _native.tb_entries(tb)
    else:
        entries = []
        while tb is not None:
            f = tb.tb_frame
            co = f.f_code
            line = _getline(co.co_filename, tb.tb_lineno) or None
            entries.append((co.co_filename, tb.tb_lineno, co.co_name, line))
            tb = tb.tb_next
    if limit is not None:
        entries = entries[:max(limit, 0)]
    return entries


def extract_stack(f=None, limit=None):
    """The entries of the current stack (or of frame `f` and its callers),
    outermost first, at most the `limit` innermost ones."""
    limit = _limit(limit)
    if f is None and _native is not None:
        # The innermost entry is this function's caller.
        entries = _native.stack_entries()
    else:
        if f is None:
            f = sys._getframe().f_back
        entries = []
        while f is not None:
            co = f.f_code
            line = _getline(co.co_filename, f.f_lineno) or None
            entries.append((co.co_filename, f.f_lineno, co.co_name, line))
            f = f.f_back
        entries.reverse()
    if limit is not None:
        limit = max(limit, 0)
        entries = entries[len(entries) - limit:] if limit else []
    return entries


def format_list(extracted_list):
    """Formats a list of entries as '  File ..., line N, in name' lines."""
    out = []
    for filename, lineno, name, line in extracted_list:
        item = '  File "{}", line {}, in {}\n'.format(filename, lineno, name)
        if line:
            item = item + '    {}\n'.format(line.strip())
        out.append(item)
    return out


def format_tb(tb, limit=None):
    """A shorthand for format_list(extract_tb(tb, limit))."""
    return format_list(extract_tb(tb, limit))


def format_stack(f=None, limit=None):
    """A shorthand for format_list(extract_stack(f, limit))."""
    if f is None and _native is not None:
        entries = _native.stack_entries()
        limit = _limit(limit)
        if limit is not None:
            limit = max(limit, 0)
            entries = entries[len(entries) - limit:] if limit else []
        return format_list(entries)
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit))


def print_list(extracted_list, file=None):
    """Prints the entries of extract_tb()/extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    """Prints up to `limit` entries of traceback `tb`."""
    print_list(extract_tb(tb, limit), file=file)


def print_stack(f=None, limit=None, file=None):
    """Prints the current stack."""
    if f is None and _native is not None:
        # Called here (not through format_stack) so that the innermost
        # entry is print_stack's caller, not print_stack itself.
        entries = _native.stack_entries()
        limit = _limit(limit)
        if limit is not None:
            limit = max(limit, 0)
            entries = entries[len(entries) - limit:] if limit else []
        lines = format_list(entries)
    else:
        if f is None:
            f = sys._getframe().f_back
        lines = format_stack(f, limit)
    if file is None:
        file = sys.stderr
    for item in lines:
        print(item, file=file, end="")


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<unprintable %s object>' % type(value).__name__


def _format_final_exc_line(etype, value):
    valuestr = _some_str(value)
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def format_exception_only(etype, value):
    """The lines describing exception `value` of class `etype` (the last
    lines of a traceback; a SyntaxError also shows the bad line)."""
    if etype is None:
        return [_format_final_exc_line(etype, value)]
    stype = etype.__name__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        stype = smod + '.' + stype
    if not issubclass(etype, SyntaxError):
        return [_format_final_exc_line(stype, value)]
    lines = []
    filename = value.filename or "<string>"
    lineno = str(value.lineno) or '?'
    lines.append('  File "%s", line %s\n' % (filename, lineno))
    badline = value.text
    offset = value.offset
    if badline is not None:
        lines.append('    %s\n' % badline.strip())
        if offset is not None:
            caretspace = badline.rstrip('\n')
            offset = min(len(caretspace), offset) - 1
            caretspace = caretspace[:offset].lstrip()
            caretspace = [(c.isspace() and c or ' ') for c in caretspace]
            lines.append('    %s^\n' % ''.join(caretspace))
    msg = value.msg or "<no detail available>"
    lines.append("%s: %s\n" % (stype, msg))
    return lines


_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n")


def _chain(exc, tb):
    """(value, tb) pairs and link messages, the oldest exception first."""
    out = []
    seen = set()
    while True:
        out.append((exc, tb))
        seen.add(id(exc))
        cause = exc.__cause__
        context = exc.__context__
        if cause is not None and id(cause) not in seen:
            out.append(_cause_message)
            exc = cause
        elif (context is not None and not exc.__suppress_context__
              and id(context) not in seen):
            out.append(_context_message)
            exc = context
        else:
            break
        tb = exc.__traceback__
    out.reverse()
    return out


def format_exception(etype, value, tb, limit=None, chain=True):
    """The lines of a full traceback, as print_exception prints them."""
    lines = []
    if chain and value is not None:
        values = _chain(value, tb)
    else:
        values = [(value, tb)]
    for item in values:
        if isinstance(item, str):
            lines.append(item + '\n')
            continue
        value, tb = item
        if tb:
            lines.append('Traceback (most recent call last):\n')
            lines.extend(format_tb(tb, limit))
        lines.extend(format_exception_only(type(value), value))
    return lines


def print_exception(etype, value, tb, limit=None, file=None, chain=True):
    """Prints a full traceback to `file` (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(etype, value, tb, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the traceback of the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_type and friends)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def clear_frames(tb):
    """Clears the local variables of the frames of `tb` (a no-op here:
    Kaa's tracebacks keep no frames alive)."""
    while tb is not None:
        frame = getattr(tb, 'tb_frame', None)
        if frame is not None and hasattr(frame, 'clear'):
            try:
                frame.clear()
            except RuntimeError:
                pass
        tb = tb.tb_next
