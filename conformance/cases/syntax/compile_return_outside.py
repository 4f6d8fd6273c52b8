try:
    compile('return 1', '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
