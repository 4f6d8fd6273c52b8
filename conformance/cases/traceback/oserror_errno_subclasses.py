for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 114, 115, 108, 5, 999):
    e = OSError(n, 'msg')
    print(n, type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError(2, 'No such file or directory', 'a.txt')
print(type(e).__name__, str(e), repr(e.filename), e.args)
e = OSError(2, 'x', 'a', None, 'b')
print(type(e).__name__, str(e), e.filename2, e.args)
e = OSError('just text')
print(type(e).__name__, str(e), e.errno, e.strerror, e.args)
e = OSError()
print(str(e), e.errno, e.args)
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, str(e), e.errno, e.args)
class MyErr(OSError):
    pass
e = MyErr(2, 'x')
print(type(e).__name__, str(e), e.errno)
e = FileNotFoundError(13, 'denied')
print(type(e).__name__, str(e))
print(isinstance(OSError(2, 'x'), FileNotFoundError), IOError is OSError, EnvironmentError is OSError)
e = OSError(2, 'x')
e.errno = 5
e.strerror = 'changed'
print(e.errno, e.strerror, str(e))
try:
    raise OSError(17, 'File exists', 'dir')
except FileExistsError as e:
    print('caught', e)
raise OSError(2, 'No such file or directory', 'missing.txt')
