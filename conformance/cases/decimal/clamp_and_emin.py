import decimal
from decimal import Decimal as D
ctx = decimal.Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
print(ctx.create_decimal('1E+5'), ctx.create_decimal('1.234567'), ctx.create_decimal('1E-8'), ctx.Etiny(), ctx.Etop())
print(ctx)
