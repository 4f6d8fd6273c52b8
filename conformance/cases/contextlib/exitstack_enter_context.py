import contextlib
@contextlib.contextmanager
def named(n):
    print('enter', n)
    yield n
    print('exit', n)
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(named(i)) for i in range(3)]
    print(names)
    later = stack.pop_all()
print('after with')
later.close()
