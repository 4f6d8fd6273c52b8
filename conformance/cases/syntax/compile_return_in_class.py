try:
    compile('class C:\n    return 1\n', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno)
