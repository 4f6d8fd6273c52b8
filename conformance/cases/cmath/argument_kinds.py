import cmath
class C:
    def __complex__(self):
        return 3+4j
class F:
    def __float__(self):
        return 9.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(True), cmath.sqrt(10**20), cmath.exp(0.5), type(cmath.sqrt(4)).__name__)
