class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit saw', t.__name__, v)
with CM():
    raise ValueError('inside with')
