try:
    compile('x = (1, 2', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
