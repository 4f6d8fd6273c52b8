from decimal import Decimal as D
print(D(2).sqrt(), D('0.25').sqrt(), D(0).sqrt(), D('1e100').sqrt(), D('Infinity').sqrt())
D(-4).sqrt()
