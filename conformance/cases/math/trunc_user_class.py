import math
class T:
    def __trunc__(self):
        return 42
print(math.trunc(T()), math.trunc(-2.7), math.trunc(2**70), math.trunc(True))
