# Argument errors of built-in functions worded as CPython 3.4 does.
for f in [lambda: type('a', 1, {}), lambda: type('a', (), 1), lambda: staticmethod(),
          lambda: classmethod(1, 2), lambda: staticmethod(len, x=1), lambda: complex(x=1),
          lambda: int.from_bytes(1, 'big'), lambda: (1).to_bytes(1, 'little', True),
          lambda: int.from_bytes(b'a', 'big', True), lambda: set(x=1),
          lambda: frozenset([], x=1), lambda: hasattr(1, 2), lambda: getattr(1, 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
'abc'.zfill()
