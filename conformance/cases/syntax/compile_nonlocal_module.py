try:
    compile('nonlocal x', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
