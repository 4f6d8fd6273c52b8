from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN
print(D('7.325').quantize(D('.01')), D('7.325').quantize(D('.01'), rounding=ROUND_HALF_UP))
print(D('7.325').quantize(D('1.'), rounding=ROUND_DOWN), D('1.2').quantize(D('1e-5')))
print(D('123.456').quantize(D('1e1')), D('-0.5').quantize(D('1')))
print(D('1.41421356').quantize(D('1.000')), D('0').quantize(D('1e-3')))
print(D('1.5').to_integral_value(), D('2.5').to_integral_value(), D('-1.5').to_integral_value(ROUND_HALF_UP))
print(D('1.2300').normalize(), D('120E3').normalize(), D('0.00').normalize())
print(round(D('2.675'), 2), round(D('2.5')), round(D('-3.5')), int(D('-7.9')), float(D('1.25')))
print(D('1.20').same_quantum(D('3.45')), D('1.2').adjusted(), D('123.4').adjusted())
