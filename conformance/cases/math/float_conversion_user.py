import math
class X:
    def __float__(self):
        return 4.0
print(math.sqrt(X()), math.isnan(X()), math.isinf(10**400), math.isfinite(10**300), math.fabs(-X().__float__()))
