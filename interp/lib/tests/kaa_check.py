"""Helpers shared by the differential test scripts.

``show`` prints a value or the exception an expression raises, so that test
scripts read as a flat list of cases.  ``py34`` checks a behaviour where
CPython 3.4 and python3 (3.11) differ, against the 3.4 result documented in
/work/shared/py34-vs-py311.md: in the "real" run it only checks that 3.11
really differs; in the "ours" run it checks our result equals the 3.4 one.
Both runs print the same line when the check holds.
"""
import os

MODE = os.environ.get("KAA_LIB_MODE", "real")


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
