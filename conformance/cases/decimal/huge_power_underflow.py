import decimal
from decimal import Decimal as D
ctx = decimal.Context(prec=5, Emin=-20, Emax=20, traps=[])
decimal.setcontext(ctx)
print(D(10) ** 30, D('0.1') ** 30, D(3) ** 25, D('1.1') ** 200)
print(ctx)
