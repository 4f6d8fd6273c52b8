import decimal
from decimal import Decimal as D
with decimal.localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(7), ctx.prec)
print(D(1) / D(7), decimal.getcontext().prec)
decimal.setcontext(decimal.ExtendedContext)
print(D(1) / D(0), D(0) / D(0), decimal.getcontext().prec)
print(decimal.getcontext())
decimal.setcontext(decimal.Context(prec=4, rounding=decimal.ROUND_DOWN))
print(D(2) / D(3), decimal.getcontext())
c = decimal.Context(prec=2)
print(c.add(D(1), D('0.05')), c.divide(1, 3), c.create_decimal('3.14159'), c.sqrt(2))
