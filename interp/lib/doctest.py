"""Run the interactive examples of docstrings (Python 3.4's doctest:
testmod, run_docstring_examples, DocTestParser/Finder/Runner,
OutputChecker and the option flags; no testfile/DocFileSuite, no
debugger support)."""

import sys
import traceback

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1',
           'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS',
           'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
           'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
           'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
           'Example', 'DocTest', 'DocTestParser', 'DocTestFinder',
           'DocTestRunner', 'OutputChecker', 'DocTestFailure',
           'UnexpectedException', 'testmod', 'run_docstring_examples',
           'TestResults']

try:
    import _kaa_traceback as _kaa
except ImportError:
    _kaa = None


class TestResults(tuple):
    """(failed, attempted), a named tuple."""

    def __new__(cls, failed, attempted):
        return tuple.__new__(cls, (failed, attempted))

    @property
    def failed(self):
        return self[0]

    @property
    def attempted(self):
        return self[1]

    def __repr__(self):
        return 'TestResults(failed=%r, attempted=%r)' % (self[0], self[1])


OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag bit for `name`, registered on first use."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _indent(s, indent=4):
    """Adds `indent` spaces before every non-empty line of `s`."""
    return ''.join(l if l == '\n' else ' ' * indent + l
                   for l in s.splitlines(True))


def _exception_traceback(exc_info):
    return ''.join(traceback.format_exception(*exc_info))


class _SpoofOut(object):
    """Collects the output of an example."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        result = ''.join(self.parts)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.parts = []


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where '...' in want matches anything."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _comment_line(line):
    line = line.rstrip()
    if line:
        return '# ' + line
    return '#'


class Example:
    """One example: source, wanted output, wanted exception message."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and
                self.lineno == other.lineno and self.indent == other.indent and
                self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, with their globals."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__, self.name, self.filename,
                 self.lineno, examples))

    def _key(self):
        return (self.name, self.filename or '', self.lineno
                if self.lineno is not None else -1, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and
                self.docstring == other.docstring and
                self.name == other.name and self.filename == other.filename
                and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


class DocTestParser:
    """Splits a docstring into examples and text."""

    def parse(self, string, name='<string>'):
        """Alternating text (str) and Example objects."""
        string = string.expandtabs()
        lines = string.split('\n')
        min_indent = None
        for line in lines:
            if line.strip():
                ind = _leading_spaces(line)
                if min_indent is None or ind < min_indent:
                    min_indent = ind
        if min_indent:
            lines = [l[min_indent:] for l in lines]
        output = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.lstrip(' ')
            if not stripped.startswith('>>>'):
                text.append(line)
                i += 1
                continue
            indent = _leading_spaces(line)
            lineno = i
            output.append('\n'.join(text) + ('\n' if text else ''))
            text = []
            source_lines = [line]
            i += 1
            while i < n:
                nxt = lines[i]
                ns = nxt[indent:]
                if nxt.lstrip(' ').startswith('...'):
                    source_lines.append(nxt)
                    i += 1
                else:
                    break
            want_lines = []
            while i < n:
                nxt = lines[i]
                if not nxt.strip():
                    break
                if nxt.lstrip(' ').startswith('>>>'):
                    break
                want_lines.append(nxt)
                i += 1
            self._check_prompt_blank(source_lines, indent, name, lineno)
            self._check_prefix(source_lines[1:], ' ' * indent + '.', name,
                               lineno)
            source = '\n'.join(sl[indent + 4:] for sl in source_lines)
            self._check_prefix(want_lines, ' ' * indent, name,
                               lineno + len(source_lines))
            want = '\n'.join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += '\n'
            exc_msg = self._exc_msg(want)
            options = self._find_options(source, name, lineno)
            if self._is_blank_or_comment(source):
                continue
            output.append(Example(source, want, exc_msg, lineno=lineno,
                                  indent=min_indent + indent if min_indent
                                  else indent, options=options))
        output.append('\n'.join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in `string`."""
        return DocTest(self.get_examples(string, name), globs,
                       name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Example objects of `string`."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _exc_msg(self, want):
        lines = want.split('\n')
        if not lines:
            return None
        first = lines[0].strip()
        if first not in ('Traceback (most recent call last):',
                         'Traceback (innermost last):'):
            return None
        for k in range(1, len(lines)):
            l = lines[k]
            if l and (l[0].isalnum() or l[0] == '_'):
                return '\n'.join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split('\n'):
            pos = line.find('#')
            while pos >= 0:
                rest = line[pos + 1:].lstrip()
                if rest.startswith('doctest:'):
                    spec = rest[len('doctest:'):].replace(',', ' ').split()
                    for option in spec:
                        if (option[0] not in '+-' or
                                option[1:] not in OPTIONFLAGS_BY_NAME):
                            raise ValueError('line %r of the doctest for %s '
                                             'has an invalid option: %r' %
                                             (lineno + 1, name, option))
                        flag = OPTIONFLAGS_BY_NAME[option[1:]]
                        options[flag] = (option[0] == '+')
                    break
                pos = line.find('#', pos + 1)
        if options and self._is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _is_blank_or_comment(self, source):
        for line in source.split('\n'):
            s = line.strip()
            if s and not s.startswith('#'):
                return False
        return True

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))


from _doctest_run import (DocTestFinder, DocTestRunner, OutputChecker,
                          DocTestFailure, UnexpectedException,
                          DebugRunner, master, testmod,
                          run_docstring_examples, set_unittest_reportflags)
