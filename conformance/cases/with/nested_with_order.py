log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append('in%d' % self.n)
    def __exit__(self, *a):
        log.append('out%d' % self.n)
with CM(1):
    with CM(2):
        with CM(3):
            log.append('body')
print(log)
