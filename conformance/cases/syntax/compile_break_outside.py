try:
    compile('break', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno)
