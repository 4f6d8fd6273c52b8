import math
class F:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __float__(self):
        return 2.5
class G:
    def __float__(self):
        return -2.5
print(math.floor(F()), math.ceil(F()), math.floor(G()), math.ceil(G()), math.sqrt(G.__float__(G()) ** 2))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(2**70), type(math.ceil(1.0)).__name__)
