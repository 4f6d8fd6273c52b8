try:
    compile('x = 1\n    y = 2\n', '<s>', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
