import io
s = io.StringIO()
s.writelines(['x\n', 'y\n', 'z'])
s.seek(0)
for line in s:
    print(repr(line))
with io.StringIO('q') as f:
    print(f.read())
print(f.closed)
