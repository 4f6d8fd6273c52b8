class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit')
for i in range(3):
    with CM():
        if i == 1:
            break
        print('iter', i)
