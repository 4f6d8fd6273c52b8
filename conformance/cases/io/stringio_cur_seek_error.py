import io
s = io.StringIO('abc')
print(s.seek(0, 1))
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
s.seek(0, 5)
