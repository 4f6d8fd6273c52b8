# Context managers: a class-based one, contextlib, suppressing exceptions.
import contextlib
import time


class Timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self.start = time.time()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.time() - self.start
        return exc_type is KeyError


@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)


with Timer('outer') as t, tag('b') as name:
    print(name)
with Timer('suppress'):
    {}['missing']
print(t.elapsed is not None)
