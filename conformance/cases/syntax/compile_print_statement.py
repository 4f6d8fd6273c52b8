try:
    compile("print 'hi'", '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
