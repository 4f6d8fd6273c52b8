import contextlib
import sys
from kaa_check import show

log = []
@contextlib.contextmanager
def managed(name, fail=False):
    log.append('enter ' + name)
    try:
        yield name.upper()
    except ValueError as exc:
        log.append('caught %s' % exc)
        if fail:
            raise
    finally:
        log.append('exit ' + name)

with managed('a') as value:
    log.append('body ' + value)
show("cm basic", lambda: log)
del log[:]
with managed('b'):
    raise ValueError('boom')
show("cm swallow", lambda: log)
del log[:]
def reraise():
    with managed('c', fail=True):
        raise ValueError('again')
show("cm reraise", reraise)
show("cm log", lambda: log)
del log[:]
def other_error():
    with managed('d'):
        raise KeyError('k')
show("cm other", other_error)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
show("no yield", lambda: no_yield().__enter__())
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
def use_two():
    with two_yields():
        pass
show("two yields", use_two)
@contextlib.contextmanager
def ignore_throw():
    try:
        yield
    except Exception:
        yield
def use_ignore():
    with ignore_throw():
        raise TypeError('x')
show("yield after throw", use_ignore)
@managed('deco')
def decorated(x):
    log.append('in deco %d' % x)
    return x * 2
del log[:]
show("as decorator", lambda: (decorated(1), decorated(2), log))
show("cm name", lambda: (managed.__name__, decorated.__name__))
@contextlib.contextmanager
def with_exc_class():
    try:
        yield
    except ZeroDivisionError:
        pass
def exc_class():
    cm = with_exc_class()
    cm.__enter__()
    return cm.__exit__(ZeroDivisionError, None, None)
show("exit with class", exc_class)

class Closable:
    def __init__(self):
        self.closed = False
    def close(self):
        self.closed = True
c = Closable()
with contextlib.closing(c) as got:
    show("closing enter", lambda: got is c and not c.closed)
show("closing after", lambda: c.closed)

with contextlib.suppress(KeyError, IndexError):
    {}['x']
show("suppress", lambda: 'continued')
def not_suppressed():
    with contextlib.suppress(KeyError):
        raise ValueError('v')
show("not suppressed", not_suppressed)
with contextlib.suppress():
    pass
show("suppress none", lambda: 'ok')
def suppress_sub():
    with contextlib.suppress(LookupError):
        [][1]
    return 'sub suppressed'
show("suppress subclass", suppress_sub)

class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
buf = Buffer()
with contextlib.redirect_stdout(buf) as target:
    print('hidden', 1)
    print('line two')
show("redirect_stdout", lambda: (target is buf, ''.join(buf.parts)))
err = Buffer()
with contextlib.redirect_stderr(err):
    sys.stderr.write('to err\n')
show("redirect_stderr", lambda: ''.join(err.parts))
rd = contextlib.redirect_stdout(buf)
with rd:
    with rd:
        print('nested')
print('back to stdout')

order = []
with contextlib.ExitStack() as stack:
    stack.callback(order.append, 'cb1')
    value = stack.enter_context(managed('es'))
    stack.push(lambda *exc: order.append(('push', exc[0])))
    stack.callback(order.append, 'cb2')
    order.append('body ' + value)
show("exitstack order", lambda: (order, log[-2:]))
order = []
def exitstack_suppress():
    with contextlib.ExitStack() as stack:
        stack.push(lambda et, ev, tb: True)
        stack.callback(order.append, 'first')
        raise ValueError('suppressed by push')
    return 'after'
show("exitstack suppress", lambda: (exitstack_suppress(), order))
def exitstack_raise():
    def bad(*exc):
        raise KeyError('from callback')
    with contextlib.ExitStack() as stack:
        stack.push(bad)
        raise ValueError('original')
def chain_info():
    try:
        exitstack_raise()
    except KeyError as exc:
        return (repr(exc), repr(exc.__context__))
show("exitstack chain", chain_info)
s1 = contextlib.ExitStack()
s1.callback(order.append, 'moved')
s2 = s1.pop_all()
s1.close()
show("pop_all before", lambda: order[-1])
s2.close()
show("pop_all after", lambda: order[-1])
class CM:
    def __enter__(self):
        return 'entered'
    def __exit__(self, *exc):
        order.append('CM exit')
        return False
with contextlib.ExitStack() as stack:
    show("enter_context", lambda: stack.enter_context(CM()))
    pushed = stack.push(CM())
show("push cm", lambda: (order[-2:], type(pushed).__name__))
show("callback returns", lambda: contextlib.ExitStack().callback(len) is len)
class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        order.append('deco enter')
        return self
    def __exit__(self, *exc):
        order.append('deco exit')
        return False
@Deco()
def wrapped_fn():
    order.append('fn')
    return 5
show("ContextDecorator", lambda: (wrapped_fn(), order[-3:]))
