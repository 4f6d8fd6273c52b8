try:
    compile('def f(a, a): pass', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
