from decimal import Decimal
for v in ['0', '-0', '1.10', '1e5', '1E-7', '-123.4560', '  12  ', 'Inf', '-Infinity', 'nan', 'sNaN12', '.5', '5.', '1e+0']:
    d = Decimal(v)
    print(repr(d), str(d), d.as_tuple())
print(Decimal(10), Decimal(-7), Decimal(True), Decimal((1, (3, 1, 4), -2)))
print(Decimal(0.1), Decimal(-2.5), Decimal.from_float(0.25), Decimal(Decimal('3.3')))
