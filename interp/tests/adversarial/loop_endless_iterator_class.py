# attack: __next__ that always returns, consumed by for
# expect: time_limit  limits: instructions=1000000 wall=1
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return 0

for _ in It():
    pass
