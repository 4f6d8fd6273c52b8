def gen():
    yield 0
    yield 1
    print('not reached')
    yield 2
print(any(gen()))
