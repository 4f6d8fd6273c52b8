# compile()'s argument errors worded as CPython 3.4 does (PyArg_ParseTupleAndKeywords).
for f in [lambda: compile(), lambda: compile('1'), lambda: compile('1', 'f'),
          lambda: compile('1', 'f', 1), lambda: compile('1', 'f', 'x'),
          lambda: compile('1', 'f', 'eval', 'a'), lambda: compile('1', 'f', 'eval', flags=1.5),
          lambda: compile('1', 'f', 'eval', 0, 0, 0, 0), lambda: compile('1', 'f', 'eval', x=1),
          lambda: compile('1', 'f', 'eval', source='2'), lambda: compile('1', 1, 'eval'),
          lambda: compile('\0', 'f', 'eval'),
          lambda: compile('1', 'f', 'eval', 0x100000)]:
    try:
        f()
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
compile('1', 'f', 'eval', dont_inherit='no')
