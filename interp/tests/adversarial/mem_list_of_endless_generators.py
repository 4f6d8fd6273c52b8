# attack: list() of an iterator whose __next__ is a generator function (found by fuzzing the run target): each item is a new generator made without running an instruction, so no tick checked the memory and the accounted peak passed the 16 MiB limit by 0.9 MB
# expect: memory_limit  limits: memory=16M wall=2
class Countdown:
    def __iter__(self):
        return self

    def __next__(self):
        yield 1


print(list(Countdown()))
