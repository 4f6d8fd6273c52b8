import decimal
from decimal import Decimal as D
ctx = decimal.Context(prec=3, traps=[])
decimal.setcontext(ctx)
x = D(1) / D(3)
print(x, sorted(s.__name__ for s, v in ctx.flags.items() if v))
print(ctx)
ctx.clear_flags()
print(D(2) * D(2), ctx)
ctx.traps[decimal.Inexact] = True
print(D(1) + D(1))
D(1) / D(3)
