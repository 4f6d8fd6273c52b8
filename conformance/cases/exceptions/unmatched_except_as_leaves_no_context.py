# An `except X as name:` clause that does not match re-raises without
# leaving a stale "exception being handled" behind.
import sys
class Other(Exception):
    pass
def f():
    try:
        raise ValueError("v")
    except Other as o:
        pass
try:
    f()
except ValueError as e:
    print("caught", type(e).__name__, e, e.__context__)
print(sys.exc_info())
try:
    raise KeyError("a")
except KeyError:
    try:
        try:
            raise ValueError("inner")
        except TypeError as t:
            pass
    except ValueError as v:
        print("context", type(v.__context__).__name__, v.__context__)
print(sys.exc_info())
raise RuntimeError("last")
