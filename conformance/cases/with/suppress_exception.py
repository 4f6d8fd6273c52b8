class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('suppressing', t.__name__)
        return True
with Suppress():
    1 / 0
print('continued')
