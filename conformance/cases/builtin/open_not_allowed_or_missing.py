try:
    open('/nonexistent/definitely/missing.txt')
    print('opened?')
except OSError as e:
    print('OSError subclass:', isinstance(e, OSError))
