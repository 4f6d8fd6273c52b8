"""Helpers shared by the differential test scripts.

``show`` prints a value or the exception an expression raises, so that test
scripts read as a flat list of cases.  ``py34`` checks a behaviour where
CPython 3.4 and python3 (3.11) differ, against the 3.4 result documented in
/work/shared/py34-vs-py311.md: in the "real" run it only checks that 3.11
really differs; in the "ours" run it checks our result equals the 3.4 one.
Both runs print the same line when the check holds.
"""
import sys

# Set by run.py's bootstrap; importing os here would load modules under test.
# Under another interpreter (Kaa itself, run with --interpreter) we are "ours".
MODE = getattr(sys, "kaa_lib_mode", None) or (
    "ours" if getattr(sys, "implementation", None) is not None
    and sys.implementation.name != "cpython" else "real")


def show(label, thunk):
    """Print label and repr of thunk(), or the exception type and message."""
    try:
        value = thunk()
    except Exception as exc:  # noqa: BLE001 - the point is to print it
        print("%s -> %s: %s" % (label, type(exc).__name__, exc))
    else:
        print("%s = %r" % (label, value))


def py34(label, thunk, expected):
    """Check a documented 3.4-only behaviour (see the module doc)."""
    try:
        got = repr(thunk())
    except Exception as exc:  # noqa: BLE001
        got = "%s: %s" % (type(exc).__name__, exc)
    if MODE == "real":
        ok = got != expected
    else:
        ok = got == expected
    print("%s py34 %s" % (label, "ok" if ok else "MISMATCH got %s want %s" % (got, expected)))


def show_error_type(label, thunk):
    """Print only the exception type thunk() raises (for messages that name
    C types, e.g. 'collections.deque', which a Python class cannot mimic)."""
    try:
        value = thunk()
    except Exception as exc:  # noqa: BLE001
        print("%s -> %s" % (label, type(exc).__name__))
    else:
        print("%s = %r" % (label, value))


def check34(label, thunk, expected):
    """Check our result against a 3.4 result computed by the test itself
    (e.g. 3.4's formula replayed with exact fractions) where python3 uses a
    different algorithm: the real run prints the line unchecked."""
    try:
        got = repr(thunk())
    except Exception as exc:  # noqa: BLE001
        got = "%s: %s" % (type(exc).__name__, exc)
    ok = MODE == "real" or got == expected
    print("%s 3.4-formula %s" % (label, "ok" if ok else "MISMATCH got %s want %s" % (got, expected)))
