from decimal import Decimal as D
import decimal
ctx = decimal.getcontext()
ctx.traps[decimal.DivisionByZero] = False
print(D(1) / 0, D(-1) / 0, ctx.flags[decimal.DivisionByZero])
ctx.traps[decimal.DivisionByZero] = True
D(1) / 0
