try:
    compile("x = 'abc", '<s>', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno)
