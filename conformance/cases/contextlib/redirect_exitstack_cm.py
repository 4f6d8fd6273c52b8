import contextlib, io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed')
with contextlib.ExitStack() as st:
    st.callback(print, 'cb1')
    st.callback(print, 'cb2')
    f = st.enter_context(contextlib.closing(io.StringIO('x')))
    print('in stack', f.read())
@contextlib.contextmanager
def cm(n):
    print('enter', n)
    try:
        yield n * 2
    finally:
        print('exit', n)
with cm(1) as v, cm(2) as w:
    print(v, w)
with contextlib.ExitStack() as st:
    st.push(lambda *a: print('push', a[0].__name__) or True)
    raise ValueError('swallowed')
print('after')
s2 = contextlib.ExitStack(); s2.callback(print, 'closed later'); s3 = s2.pop_all(); s3.close()
