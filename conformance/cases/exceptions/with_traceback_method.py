e = ValueError('x')
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
