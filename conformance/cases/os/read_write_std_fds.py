# os.read(0, n) reads stdin, os.write(1, b) writes stdout: the
# io.BytesIO(os.read(0, ...)).readline fast-input idiom
import io
import os
input = io.BytesIO(os.read(0, 1 << 20)).readline
t = int(input())
for _ in range(t):
    a, b = map(int, input().split())
    os.write(1, ('%d\n' % (a + b)).encode())
print(os.write(1, b'abc\n'), os.isatty(1))
try:
    os.read(7, 1)
except OSError as e:
    print('OSError', e.errno)
try:
    os.write(1, 'text')
except TypeError:
    print('TypeError for str')
print(os.fstat(1).st_size >= 0, isinstance(os.fstat(0), tuple))
