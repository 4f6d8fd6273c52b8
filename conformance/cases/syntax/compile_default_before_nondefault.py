try:
    compile('def f(a=1, b): pass', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
