from decimal import Decimal as D
try:
    int(D('Infinity'))
except OverflowError as e:
    print(e)
int(D('NaN'))
