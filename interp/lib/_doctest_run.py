"""The finding, running and checking half of ``doctest``:
DocTestFinder, DocTestRunner, OutputChecker, testmod and
run_docstring_examples (3.4's behaviour and report format)."""

import sys
import traceback
import types



class _Doctest(object):
    """The doctest module, imported on first use (doctest imports this
    module at its end, so importing it here first would be circular)."""

    def __getattr__(self, name):
        import doctest
        return getattr(doctest, name)


_d = _Doctest()

try:
    import _kaa_traceback as _kaa
except ImportError:
    _kaa = None


def _source_lines(filename):
    if not filename:
        return None
    if _kaa is not None:
        src = _kaa.getsource(filename)
    else:
        import linecache
        lines = linecache.getlines(filename)
        src = ''.join(lines) if lines else None
    if src is None:
        return None
    return src.splitlines(True)


def _is_word(c):
    return c.isalnum() or c == '_'


def _docstring_line(line):
    """Whether `line` matches CPython's r'(^|.*:)\\s*\\w*("|\\')'."""
    starts = [0] + [i + 1 for i, c in enumerate(line) if c == ':']
    n = len(line)
    for j in starts:
        while j < n and line[j].isspace():
            j += 1
        while j < n and _is_word(line[j]):
            j += 1
        if j < n and line[j] in '"\'':
            return True
    return False


def _class_line(line, name):
    """Whether `line` matches r'^\\s*class\\s*NAME\\b'."""
    s = line.lstrip()
    if not s.startswith('class'):
        return False
    s = s[5:].lstrip()
    if not s.startswith(name):
        return False
    rest = s[len(name):]
    return not rest or not _is_word(rest[0])


def _is_routine(obj):
    return isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                            types.MethodType))


class DocTestFinder:
    """Collects the DocTests of an object and (for modules and classes)
    of the functions and classes defined in it."""

    def __init__(self, verbose=False, parser=None, recurse=True,
                 exclude_empty=True):
        self._parser = parser or _d.DocTestParser()
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The sorted DocTests of `obj`."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = self._getmodule(obj)
        source_lines = None
        if module is not None:
            source_lines = _source_lines(getattr(module, '__file__', None))
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _getmodule(self, obj):
        if isinstance(obj, types.ModuleType):
            return obj
        modname = getattr(obj, '__module__', None)
        if modname is None:
            return None
        return sys.modules.get(modname)

    def _from_module(self, module, obj):
        if module is None:
            return True
        if isinstance(obj, types.FunctionType):
            return module.__dict__ is obj.__globals__
        if isinstance(obj, type):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        return False

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if isinstance(obj, types.ModuleType) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if ((_is_routine(val) or isinstance(val, type)) and
                        self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(valname),))
                if not (isinstance(val, (str, type, types.ModuleType)) or
                        _is_routine(val)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines,
                           globs, seen)
        if isinstance(obj, type) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, staticmethod):
                    val = getattr(obj, valname)
                if isinstance(val, classmethod):
                    val = getattr(obj, valname).__func__
                if ((_is_routine(val) or isinstance(val, type) or
                     isinstance(val, property)) and
                        self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ''
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', module.__name__)
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        if isinstance(obj, types.ModuleType):
            lineno = 0
        if isinstance(obj, type):
            if source_lines is None:
                return None
            cname = getattr(obj, '__name__', '-')
            for i, line in enumerate(source_lines):
                if _class_line(line, cname):
                    lineno = i
                    break
        if isinstance(obj, types.MethodType):
            obj = obj.__func__
        if isinstance(obj, types.FunctionType):
            obj = obj.__code__
        if isinstance(obj, types.CodeType):
            lineno = getattr(obj, 'co_firstlineno', None) - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for lineno in range(lineno, len(source_lines)):
                if _docstring_line(source_lines[lineno]):
                    return lineno
        return None


def _blank_got(got):
    """Lines of only spaces become <BLANKLINE> (before a newline)."""
    lines = got.split('\n')
    for i in range(len(lines) - 1):
        if lines[i].strip(' ') == '':
            lines[i] = _d.BLANKLINE_MARKER
    return '\n'.join(lines)


class OutputChecker:
    """Compares wanted and actual output under the option flags."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & _d.DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & _d.DONT_ACCEPT_BLANKLINE):
            wl = want.split('\n')
            for i, line in enumerate(wl):
                if (line.startswith(_d.BLANKLINE_MARKER) and
                        line[len(_d.BLANKLINE_MARKER):].strip() == ''):
                    wl[i] = ''
            want = '\n'.join(wl)
            gl = got.split('\n')
            for i, line in enumerate(gl):
                if line and line.strip() == '':
                    gl[i] = ''
            got = '\n'.join(gl)
            if got == want:
                return True
        if optionflags & _d.NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & _d.ELLIPSIS:
            if _d._ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (_d.REPORT_UDIFF | _d.REPORT_CDIFF |
                              _d.REPORT_NDIFF):
            return False
        if optionflags & _d.REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The 'Expected: ... Got: ...' part of a failure report."""
        want = example.want
        if not (optionflags & _d.DONT_ACCEPT_BLANKLINE):
            got = _blank_got(got)
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & _d.REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & _d.REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _d._indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_d._indent(want), _d._indent(got))
        elif want:
            return 'Expected:\n%sGot nothing\n' % _d._indent(want)
        elif got:
            return 'Expected nothing\nGot:\n%s' % _d._indent(got)
        return 'Expected nothing\nGot nothing\n'


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _single_expression(source, filename, flags):
    """The code of `source` compiled in 'eval' mode, or None when it is
    not a single expression."""
    try:
        return compile(source, filename, "eval", flags, 1)
    except SyntaxError:
        return None


class DocTestRunner:
    """Runs DocTests, reports failures and keeps per-test counts."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _d._SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _d._indent(example.source) +
                    'Expecting:\n' + _d._indent(example.want))
            else:
                out('Trying:\n' + _d._indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' +
            _d._indent(_d._exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' %
                       (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_d._indent(example.source))
        return '\n'.join(out)

    def _exec(self, example, filename, compileflags, globs):
        code = _single_expression(example.source, filename, compileflags)
        if code is None:
            exec(compile(example.source, filename, "single",
                         compileflags, 1), globs)
            return
        value = eval(code, globs)
        # What sys.displayhook does in interactive mode.
        if value is not None:
            import builtins
            builtins._ = None
            sys.stdout.write(repr(value) + "\n")
            builtins._ = value

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & _d.REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & _d.SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            try:
                self._exec(example, filename, compileflags, test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                exc_msg = traceback.format_exception_only(*exception[:2])[-1]
                if not quiet:
                    got += _d._exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & _d.IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            elif outcome is BOOM:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
                failures += 1
            if failures and self.optionflags & _d.FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return _d.TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs the examples of `test`, writing reports with `out`
        (default sys.stdout.write); returns TestResults."""
        self.test = test
        if compileflags is None:
            compileflags = 0
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Prints the totals; returns TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        write = sys.stdout.write
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append(x)
        if verbose:
            if notests:
                write("%d items had no tests:\n" % len(notests))
                notests.sort()
                for thing in notests:
                    write("    %s\n" % thing)
            if passed:
                write("%d items passed all tests:\n" % len(passed))
                passed.sort()
                for thing, count in passed:
                    write(" %3d tests in %s\n" % (count, thing))
        if failed:
            write(self.DIVIDER + "\n")
            write("%d items had failures:\n" % len(failed))
            failed.sort()
            for thing, (f, t) in failed:
                write(" %3d of %3d in %s\n" % (f, t, thing))
        if verbose:
            write("%d tests in %d items.\n" % (totalt, len(self._name2ft)))
            write("%d passed and %d failed.\n" % (totalt - totalf, totalf))
        if totalf:
            write("***Test Failed*** %d failures.\n" % totalf)
        elif verbose:
            write("Test passed.\n")
        return _d.TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class DocTestFailure(Exception):
    """A DocTest example failed (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """A DocTest example raised unexpectedly (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Runs the examples of the docstrings of module `m` (default
    __main__) and of its functions and classes; returns
    TestResults(failed, attempted)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not isinstance(m, types.ModuleType):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return _d.TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Runs the examples in the docstring of `f` (no summary)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def set_unittest_reportflags(flags):
    """Not supported here (no DocTestSuite); returns 0."""
    return 0
