from enum import IntEnum, Enum
class P(IntEnum):
    LOW = 1
    HIGH = 2
print(P.LOW < P.HIGH, P.HIGH + 1, P(2).name, int(P.LOW), P.LOW == 1)
class A(Enum):
    X = 1
    Y = 1
print(A.Y is A.X, list(A), A.__members__['Y'])
