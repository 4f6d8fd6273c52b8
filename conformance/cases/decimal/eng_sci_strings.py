import decimal
from decimal import Decimal as D
for v in ['123E+1', '1.23E-7', '0.000001', '0.0000001', '-12345678E-20', '1E+3', '0E+8', '123.456E+10']:
    d = D(v)
    print(v, decimal.getcontext().to_sci_string(d), d.to_eng_string(), repr(d))
