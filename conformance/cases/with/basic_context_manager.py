class CM:
    def __enter__(self):
        print('enter')
        return 'resource'
    def __exit__(self, t, v, tb):
        print('exit', t, v)
        return False
with CM() as r:
    print('body', r)
