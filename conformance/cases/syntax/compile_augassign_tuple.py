try:
    compile('a, b += 1', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
