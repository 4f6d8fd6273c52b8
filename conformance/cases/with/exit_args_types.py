class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t is KeyError, isinstance(v, KeyError), tb is not None)
        return True
with CM():
    {}['k']
