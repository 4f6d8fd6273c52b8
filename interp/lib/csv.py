"""CSV reading and writing (the Python 3.4 ``csv`` API).

Kaa's own implementation of what CPython's ``_csv`` C module and ``csv.py``
provide: the reader is CPython's character state machine (same records, same
``csv.Error`` messages), with a fast path for lines that hold no quote,
escape or embedded line break (split on the delimiter); the writer applies
CPython's quoting and escaping rules.  No ``Sniffer``.
"""

import re as _re

try:
    import _kaa_csv as _native
except ImportError:
    _native = None

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    """Raised for malformed CSV input and impossible output."""


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024

_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _char(name, value, default):
    if value is _MISSING:
        return default
    if value is None:
        return ''
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) > 1:
        raise TypeError('"%s" must be an 1-character string' % name)
    return value


class _Missing(object):
    pass


_MISSING = _Missing()


class _CDialect(object):
    """The validated, read-only dialect that readers and writers use."""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if isinstance(dialect, _CDialect) and not kwargs:
                for a in self.__slots__:
                    object.__setattr__(self, a, getattr(dialect, a))
                return
        values = {}
        for a in _ATTRS:
            if a in kwargs:
                values[a] = kwargs[a]
            elif dialect is not None and hasattr(dialect, a):
                values[a] = getattr(dialect, a)
            else:
                values[a] = _MISSING
        delimiter = _char('delimiter', values['delimiter'], ',')
        escapechar = _char('escapechar', values['escapechar'], '')
        quotechar = _char('quotechar', values['quotechar'], '"')
        lineterminator = values['lineterminator']
        if lineterminator is _MISSING:
            lineterminator = '\r\n'
        elif not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quoting = values['quoting']
        if quoting is _MISSING:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        doublequote = values['doublequote']
        doublequote = True if doublequote is _MISSING else bool(doublequote)
        skip = values['skipinitialspace']
        skip = False if skip is _MISSING else bool(skip)
        strict = values['strict']
        strict = False if strict is _MISSING else bool(strict)
        if not delimiter:
            raise TypeError('"delimiter" must be an 1-character string')
        if values['quotechar'] is None and values['quoting'] is _MISSING:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and not quotechar:
            raise TypeError("quotechar must be set if quoting enabled")
        if not lineterminator:
            raise TypeError("lineterminator must be set")
        s = object.__setattr__
        s(self, '_delimiter', delimiter)
        s(self, '_doublequote', doublequote)
        s(self, '_escapechar', escapechar)
        s(self, '_lineterminator', lineterminator)
        s(self, '_quotechar', quotechar)
        s(self, '_quoting', quoting)
        s(self, '_skipinitialspace', skip)
        s(self, '_strict', strict)

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar or None)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar or None)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is "
                                 "not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _CDialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 arguments, got %d"
                        % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# Reader states (CPython's parser).
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL,
 AFTER_ESCAPED_CRNL) = range(9)


class _Reader(object):
    """Iterates over the records (lists of str) of an iterable of lines."""

    def __init__(self, iterable, dialect):
        self._it = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        d = dialect
        # Lines without these characters are split on the delimiter.
        special = set('\r\n\0')
        if d._quoting != QUOTE_NONE and d._quotechar:
            special.add(d._quotechar)
        if d._escapechar:
            special.add(d._escapechar)
        self._fast = True
        # Quoted fields are read with str.find when no escape character or
        # single-quote mode complicates them.
        self._quoted_fast = (not d._escapechar and d._doublequote
                             and d._quoting != QUOTE_NONE and bool(d._quotechar))
        self._native_ok = d._quoting != QUOTE_NONNUMERIC
        self._plain_fast = (not d._skipinitialspace
                            and d._quoting != QUOTE_NONNUMERIC)
        self._special_chars = tuple(sorted(special))
        # Whole lines go to the native splitter first (excel-like dialects).
        self._line_native = (_native is not None and self._quoted_fast
                             and self._native_ok)

    def __iter__(self):
        return self

    def __next__(self):
        if self._line_native:
            line = next(self._it)
            if line.__class__ is str:
                self.line_num += 1
                d = self.dialect
                rec = _native.record(line, d._delimiter, d._quotechar,
                                     d._skipinitialspace, _field_limit)
                if rec is not None:
                    return rec
                return self._next_record(line)
            return self._next_record(line, False)
        return self._next_record(None)

    def _next_record(self, pending, counted=True):
        """The state machine over lines, starting with ``pending`` (a line
        already read, or None) when given."""
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False
        first = pending is None
        while True:
            if pending is not None:
                line, pending = pending, None
            else:
                try:
                    line = next(self._it)
                except StopIteration:
                    if self._field or self._state == IN_QUOTED_FIELD:
                        if self.dialect._strict:
                            raise Error("unexpected end of data")
                        self._save_field()
                        break
                    raise
                counted = False
            if not counted:
                if not isinstance(line, str):
                    raise Error("iterator should return strings, not %.200s "
                                "(did you open the file in text mode?)"
                                % type(line).__name__)
                self.line_num += 1
                if first and self._fast:
                    rec = self._fast_line(line)
                    if rec is not None:
                        return rec
            first = False
            for c in line:
                if c == '\0':
                    raise Error("line contains NULL byte")
                self._process(c)
            self._process('\0')
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _fast_line(self, line):
        """The record of one complete line, or None when the line needs the
        character state machine (escapes, quotes inside unquoted fields,
        a quoted field that goes on to the next line, NUL, ...)."""
        body = line
        if body.endswith('\r\n'):
            body = body[:-2]
        elif body.endswith('\n') or body.endswith('\r'):
            body = body[:-1]
        if not body:
            return []
        special = False
        for c in self._special_chars:
            if c in body:
                special = True
                break
        if self._plain_fast and not special:
            fields = body.split(self.dialect._delimiter)
            if len(body) > _field_limit:
                for f in fields:
                    if len(f) > _field_limit:
                        return None
            return fields
        if not self._quoted_fast:
            return None
        if _native is not None and self._native_ok:
            d = self.dialect
            return _native.split_line(body, d._delimiter, d._quotechar,
                                      d._skipinitialspace, _field_limit)
        return self._quoted_line(body)

    def _quoted_line(self, body):
        d = self.dialect
        delim = d._delimiter
        q = d._quotechar
        skip = d._skipinitialspace
        numeric = d._quoting == QUOTE_NONNUMERIC
        if '\r' in body or '\n' in body or '\0' in body:
            return None
        fields = []
        i = 0
        n = len(body)
        while True:
            if skip:
                while i < n and body[i] == ' ':
                    i += 1
            if i < n and body[i] == q:
                parts = []
                i += 1
                while True:
                    j = body.find(q, i)
                    if j < 0:
                        return None
                    parts.append(body[i:j])
                    if j + 1 < n and body[j + 1] == q:
                        parts.append(q)
                        i = j + 2
                        continue
                    i = j + 1
                    break
                field = ''.join(parts)
                if len(field) > _field_limit:
                    return None
                fields.append(field)
                if i >= n:
                    return fields
                if body[i] != delim:
                    return None
                i += 1
                if i >= n:
                    fields.append('')
                    return fields
                continue
            j = body.find(delim, i)
            seg = body[i:] if j < 0 else body[i:j]
            if q in seg or len(seg) > _field_limit:
                return None
            if numeric and seg:
                seg = float(seg)
            fields.append(seg)
            if j < 0:
                return fields
            i = j + 1

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c == '\0':
                return
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c == '\n' or c == '\r' or c == '\0':
                self._save_field()
                self._state = START_RECORD if c == '\0' else EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                # An escaped line break: the field goes on on the next line.
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c == '\0':
                c = '\n'
            self._add_char(c)
            self._state = IN_FIELD
            return
        if state == AFTER_ESCAPED_CRNL:
            if c == '\0':
                return
            state = self._state = IN_FIELD
        if state == IN_FIELD:
            if c == '\n' or c == '\r' or c == '\0':
                self._save_field()
                self._state = START_RECORD if c == '\0' else EAT_CRNL
            elif c == d._escapechar:
                self._state = ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
        elif state == IN_QUOTED_FIELD:
            if c == '\0':
                pass
            elif c == d._escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                if d._doublequote:
                    self._state = QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c == '\0':
                c = '\n'
            self._add_char(c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add_char(c)
                self._state = IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c == '\n' or c == '\r' or c == '\0':
                self._save_field()
                self._state = START_RECORD if c == '\0' else EAT_CRNL
            elif not d._strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d._delimiter, d._quotechar))
        elif state == EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c == '\0':
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you "
                            "need to open the file in universal-newline mode?")


def _is_number(value):
    return isinstance(value, (int, float, complex)) or (
        hasattr(type(value), '__float__') or hasattr(type(value), '__int__'))


class _Writer(object):
    """Writes sequences of fields as delimited lines to a file-like object."""

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = dialect
        d = dialect
        special = set(d._lineterminator)
        special.add(d._delimiter)
        if d._quotechar:
            special.add(d._quotechar)
        if d._escapechar:
            special.add(d._escapechar)
        self._specials = special
        self._special_re = _re.compile('[%s]' % ''.join(
            '\\' + c if c in '\\]^-' else c for c in sorted(special)))

    def _join_field(self, field, quoted, only_field):
        d = self.dialect
        if not field:
            if only_field:
                if d._quoting == QUOTE_NONE:
                    raise Error("single empty field record must be quoted")
                quoted = True
            q = d._quotechar
            return q + q if quoted else ''
        if self._special_re.search(field) is None:
            if quoted:
                return d._quotechar + field + d._quotechar
            return field
        out = []
        for c in field:
            if c in self._specials:
                want_escape = False
                if d._quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if not d._escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d._escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            return d._quotechar + text + d._quotechar
        return text

    def writerow(self, row):
        """Write one row (a sequence of fields); returns what write() returns."""
        d = self.dialect
        if _native is not None and (row.__class__ is list or row.__class__ is tuple):
            line = _native.join_row(row, d._delimiter, d._quotechar,
                                    d._escapechar, d._doublequote, d._quoting,
                                    d._lineterminator)
            if line is not None:
                return self._write(line)
        if isinstance(row, dict) or not hasattr(row, '__getitem__') \
                or not hasattr(row, '__len__'):
            raise Error("sequence expected")
        quoting = d._quoting
        parts = []
        only = len(row) == 1
        for field in row:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._join_field(text, quoted, only))
        return self._write(d._delimiter.join(parts) + d._lineterminator)

    def writerows(self, rows):
        """Write every row of an iterable of rows."""
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    """Return a reader over the records of an iterable of lines."""
    it = iter(csvfile)
    return _Reader(it, _CDialect(dialect, **fmtparams))


def writer(fileobj, dialect='excel', **fmtparams):
    """Return a writer that writes delimited rows to fileobj."""
    return _Writer(fileobj, _CDialect(dialect, **fmtparams))


class Dialect(object):
    """Describe a CSV dialect; subclass it and set the attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _CDialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader(object):
    """Reads rows as dicts keyed by the first row (or ``fieldnames``)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter(object):
    """Writes dicts as rows, in the order of ``fieldnames``."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write a row of the field names."""
        header = dict(zip(self.fieldnames, self.fieldnames))
        self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        """Write one dict as a row."""
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        """Write every dict of an iterable."""
        rows = []
        for rowdict in rowdicts:
            rows.append(self._dict_to_list(rowdict))
        return self.writer.writerows(rows)
