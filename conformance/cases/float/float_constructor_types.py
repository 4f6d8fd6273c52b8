print(float(), float(3), float(True), float(10 ** 20), float(' 7 '))
class F:
    def __float__(self):
        return 2.5
print(float(F()))
