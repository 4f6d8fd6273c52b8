class CM:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with CM() as (a, b):
    print(a, b)
