# Iterating a StringIO in each newline mode, after writes and seeks, and
# through a subclass's readline().
import io
for nl in [None, '', '\n', '\r', '\r\n']:
    f = io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), [line for line in f], f.tell())
    f.write('e\nf')
    f.seek(0)
    print(list(f))
f = io.StringIO()
f.write('x\ny\n')
print(list(f))
f.seek(2)
print(list(f), list(f))
class Upper(io.StringIO):
    def readline(self, size=-1):
        return io.StringIO.readline(self, size).upper()
print(list(Upper('ab\ncd\n')))
f = io.StringIO('z')
f.close()
try:
    next(f)
except ValueError as e:
    print(e)
g = io.StringIO()
for i in range(3):
    g.write('%d\r\n' % i)
print(repr(g.getvalue()), g.write(''), g.write('é\n'))
