# compile()'s argument checks whose messages 3.4 and 3.11 share.
code = compile('1 + 1', 'f', 'eval')
print(eval(code), type(code).__name__, code.co_filename)
print(eval(compile(b'2 * 3', 'g', 'eval')), eval(compile('4', b'h', 'eval', 0, True, 2)))
print(eval(compile(source='5', filename='k', mode='eval', flags=0, dont_inherit=0, optimize=-1)))
for f in [lambda: compile('1', 'f', 'eval', 1), lambda: compile('1', 'f', 'eval', 0, 0, 5), lambda: compile('1', 'f', 'eval', optimize=-2),
          lambda: compile(1, 'f', 'eval'), lambda: compile(code, 'f', 'eval'),
          lambda: compile(None, 'f', 'exec')]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile('1 +', 'f', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.filename)
compile('x', 'f', 'exec', -1)
