try:
    compile('*a, *b = [1, 2]', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
