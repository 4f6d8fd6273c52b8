# substitute: decimal, _decimal_ctx, _decimal_num, _decimal_fmt, _decimal_log, _decimal_ops
# Differential check of decimal: every operation in several contexts.
import decimal as d
from decimal import Decimal as D
import random
random.seed(3)
vals = ['0', '-0', '1', '-1', '1.5', '2.50', '123.456', '-0.001', '1E+5', '1e-7', '99999999999999999999999999999', '0.1', '7', '3', 'Infinity', '-Inf', 'NaN', '1.23456789E-10', '5E-100', '1E99']
out = []
def rec(f):
    try:
        r = f()
        out.append(repr(r))
    except Exception as e:
        out.append(type(e).__name__ + ':' + str(e))
for prec in (28, 5, 3):
  for rnd in (d.ROUND_HALF_EVEN, d.ROUND_HALF_UP, d.ROUND_DOWN, d.ROUND_CEILING, d.ROUND_FLOOR, d.ROUND_UP, d.ROUND_HALF_DOWN, d.ROUND_05UP):
    ctx = d.Context(prec=prec, rounding=rnd)
    d.setcontext(ctx)
    for a in vals:
        A = D(a)
        rec(lambda: str(A)); rec(lambda: -A); rec(lambda: +A); rec(lambda: abs(A))
        rec(lambda: A.sqrt()); rec(lambda: A.normalize()); rec(lambda: A.to_integral_value())
        rec(lambda: A.quantize(D('0.01'))); rec(lambda: A.quantize(D('1E+1')))
        rec(lambda: A ** 2); rec(lambda: A ** -1); rec(lambda: A ** 0)
        rec(lambda: hash(A) if not A.is_nan() else 0)
        for spec in ('', '.2f', '10.3e', ',.2f', '+08.1f', '.3g', '%', '.1%', '^12', '<10,', 'E', '.0f', 'G'):
            rec(lambda: format(A, spec))
        for b in vals[:14]:
            B = D(b)
            rec(lambda: A + B); rec(lambda: A - B); rec(lambda: A * B); rec(lambda: A / B)
            rec(lambda: A // B); rec(lambda: A % B); rec(lambda: divmod(A, B))
            rec(lambda: A < B); rec(lambda: A == B); rec(lambda: A.compare(B)); rec(lambda: A.max(B)); rec(lambda: A.min(B))
    out.append(repr(ctx))
d.setcontext(d.DefaultContext)
for x in [0.1, -2.5, 1e300, 5e-324, 0.0, -0.0]:
    rec(lambda: D(x)); rec(lambda: D.from_float(x))
for s in ['  1.5 ', 'abc', '1e', '.5', '5.', '+.5e-3', 'nan123', '-sNaN', 'inf', 'Infinity', '', '1.2.3']:
    rec(lambda: D(s))
rec(lambda: D((1, (1, 2, 3), -2))); rec(lambda: D(5).as_tuple()); rec(lambda: D('-1.50').as_tuple())
rec(lambda: int(D('-7.9'))); rec(lambda: round(D('2.5'))); rec(lambda: round(D('2.567'), 2)); rec(lambda: float(D('1.25')))
rec(lambda: D(1) == 1); rec(lambda: D('1.0') == 1.0); rec(lambda: D(1) < 2); rec(lambda: hash(D(5)) == hash(5)); rec(lambda: hash(D('0.5')) == hash(0.5))
rec(lambda: d.getcontext())
with d.localcontext() as c:
    c.prec = 4
    rec(lambda: D(1) / D(7))
rec(lambda: D(1) / D(7))
rec(lambda: sorted([D('1.1'), D('-3'), D('2')]))
rec(lambda: sum([D('0.1')] * 10))
print(len(out))
for i in range(0, len(out), 997):
    print(out[i])
