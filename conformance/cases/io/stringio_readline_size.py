import io
s = io.StringIO('hello\nworld\n')
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline(-1)), repr(s.readline()))
print(s.readlines(1))
