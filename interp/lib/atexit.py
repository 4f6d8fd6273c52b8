"""Functions to run when the program ends (the Python 3.4 ``atexit`` API).

Kaa's own implementation.  The interpreter calls ``_run_exitfuncs()`` once
the main program has finished, normally, through ``sys.exit`` or with an
uncaught exception (not after a time, memory or output limit): functions run
last-registered first; an exception other than SystemExit prints
``Error in atexit._run_exitfuncs:`` and its traceback on stderr and the
next function still runs.
"""

import sys

_exithandlers = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination;
    returns func, so it can be used as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    """Clear the list of previously registered exit functions."""
    del _exithandlers[:]


def _ncallbacks():
    """Number of registered exit functions."""
    return len(_exithandlers)


def _run_exitfuncs():
    """Run and clear the registered exit functions, last registered first."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException:
            import traceback
            sys.stderr.write("Error in atexit._run_exitfuncs:\n")
            ei = sys.exc_info()
            traceback.print_exception(ei[0], ei[1], ei[2], None, sys.stderr)
