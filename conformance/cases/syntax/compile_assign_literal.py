try:
    compile('1 = x', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
