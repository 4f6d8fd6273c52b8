import io
s = io.StringIO()
for i in range(2000):
    s.write(str(i % 10))
print(len(s.getvalue()), s.tell(), s.getvalue()[:12])
s.seek(5)
s.write('ABC')
print(s.getvalue()[:12], len(s.getvalue()))
print(s.read(4), s.tell())
