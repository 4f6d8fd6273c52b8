# int.__pow__ with a third argument is three-argument pow
print((5).__pow__(2, 3), (5).__pow__(2), (5).__pow__(2, None), int.__pow__(3, 4, 5))
print((2).__pow__(10**6, 10**9 + 7) == pow(2, 10**6, 10**9 + 7))
print((5).__rpow__(2))
class I(int):
    pass
print(pow(I(5), 2, 3), I(5).__pow__(2, 3))
try:
    (2.0).__pow__(3, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
print((5).__pow__('a', 3))
