class CM:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit never called')
with CM():
    print('body never')
