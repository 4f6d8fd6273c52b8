try:
    compile('f(a=1, 2)', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
