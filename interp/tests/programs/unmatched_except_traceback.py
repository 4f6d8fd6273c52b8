# An unmatched `except X as name:` must leave no stale exception state:
# the final traceback has no bogus "During handling" chain.
class S(Exception): pass
def f():
    try:
        raise ValueError("v")
    except S as s:
        pass
try:
    f()
except ValueError:
    pass
raise KeyError("k")
