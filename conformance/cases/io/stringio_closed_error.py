import io
s = io.StringIO('x')
s.close()
print(s.closed)
s.read()
