try:
    compile('if 1:\n        x = 1\n\ty = 2\n', '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
