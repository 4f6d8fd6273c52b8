import decimal
from decimal import Decimal as D
for v in ['1', '2', '0.5', '10', '1000', '1e-3', '123.456', '-2.5', '0.999']:
    d = D(v)
    print(v, d.exp(), d.ln() if d > 0 else '-', d.log10() if d > 0 else '-')
ctx = decimal.Context(prec=10)
print(D(2).ln(ctx), D(3).exp(ctx), D('0.1').log10(ctx), ctx.flags[decimal.Inexact])
print(D('Infinity').ln(), D('-Infinity').exp(), D(0).ln(), D(0).exp())
D(-1).ln()
