from collections.abc import Sequence, Hashable
class Q:
    pass
print(issubclass(Q, Sequence))
Sequence.register(Q)
print(issubclass(Q, Sequence), isinstance(Q(), Sequence), Q in Sequence.__subclasses__())
print(sorted(Sequence.__abstractmethods__), sorted(Hashable.__abstractmethods__))
