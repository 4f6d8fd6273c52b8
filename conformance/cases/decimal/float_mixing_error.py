from decimal import Decimal as D
print(D('1.5') == 1.5, D(1) < 1.5)
try:
    D(1) + 1.5
except TypeError:
    print('TypeError')
D(1).quantize(1.5)
