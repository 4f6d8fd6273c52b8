try:
    compile('*a = [1]', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
