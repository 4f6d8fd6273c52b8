import decimal
from decimal import Decimal as D
ctx = decimal.getcontext()
print(ctx.prec, ctx.rounding)
ctx.prec = 6
print(D(1) / D(7), D(2).sqrt(), D('123456789') + 0)
for mode in (decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP):
    ctx.rounding = mode
    print(mode, +D('2.5000005'), +D('-2.5000005'), +D('1.2345650'), +D('1.2345550'))
