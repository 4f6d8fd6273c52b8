import io
s = io.StringIO('a\nbb\nccc\ndddd\n')
print(s.readlines(3))
print(s.readlines())
s.seek(0)
print(s.read(-1) == s.getvalue(), s.read(None))
