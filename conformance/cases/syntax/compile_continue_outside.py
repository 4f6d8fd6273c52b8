try:
    compile('x = 1\ncontinue', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno)
