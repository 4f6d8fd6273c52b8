"""Time small pieces of code (``timeit``), the Python 3.4 API.

The clock is ``time.perf_counter``, which in the sandbox measures the run's
own elapsed time; the run's instruction and time limits still apply, so a
large ``number`` ends the program with the limit error.  ``main()`` (the
command line) is not provided: there is no ``python -m`` in the sandbox.
"""

import gc
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 3
default_timer = time.perf_counter

_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indent every line of src after the first by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer(object):
    """Times the execution of stmt (a string of code or a callable) after
    setup (likewise), with timer as the clock."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer):
        self.timer = timer
        ns = {}
        init = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            setup_src = reindent(setup, 4)
        elif callable(setup):
            ns["_setup"] = setup
            init += ", _setup=_setup"
            setup_src = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            if isinstance(setup, str):
                compile(setup + "\n" + stmt, dummy_src_name, "exec")
            else:
                compile(stmt, dummy_src_name, "exec")
            stmt_src = reindent(stmt, 8)
        elif callable(stmt):
            ns["_func"] = stmt
            init += ", _func=_func"
            stmt_src = "_func()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(init=init, setup=setup_src, stmt=stmt_src)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, globals(), ns)
        self.inner = ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (the code
        timed has no source file to show)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement number times (gc is off
        meanwhile, as in CPython)."""
        it = range(number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number):
    """Timer(stmt, setup, timer).timeit(number)."""
    return Timer(stmt, setup, timer).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number):
    """Timer(stmt, setup, timer).repeat(repeat, number)."""
    return Timer(stmt, setup, timer).repeat(repeat, number)
