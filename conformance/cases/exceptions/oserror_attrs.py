e = OSError(2, 'No such file')
print(type(e).__name__, e.errno, e.strerror, e)
