try:
    compile('f(a=1, a=2)', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
