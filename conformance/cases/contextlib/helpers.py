import contextlib
import io
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    yield name
    print('</%s>' % name)
with tag('p') as t:
    print('inside', t)
with contextlib.suppress(KeyError):
    {}['x']
print('suppressed')
class Res:
    def close(self):
        print('closed')
with contextlib.closing(Res()):
    pass
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'exit', i)
