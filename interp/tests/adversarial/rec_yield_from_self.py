# attack: a generator that delegates to a fresh copy of itself
# expect: runtime_error(RuntimeError)  limits: wall=2
def g():
    yield from g()
next(g())
