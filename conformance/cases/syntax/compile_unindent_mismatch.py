try:
    compile('if 1:\n        x\n    y\n', '<s>', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
