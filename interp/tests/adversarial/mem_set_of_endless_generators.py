# attack: set() of an iterator whose __next__ is a generator function: containers made by a native loop without an instruction (the collector's registry grew by doubling near the limit, unchecked)
# expect: memory_limit  limits: memory=16M wall=2
class Countdown:
    def __iter__(self):
        return self

    def __next__(self):
        yield 1


print(len(set(Countdown())))
