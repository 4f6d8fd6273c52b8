from decimal import Decimal as D
for v in ['0', '-0', '1.5', '-Inf', 'NaN', 'sNaN', '1e-1000000']:
    d = D(v)
    print(v, d.is_zero(), d.is_signed(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.number_class())
print(D('-2').copy_abs(), D('2').copy_negate(), D('2').copy_sign(D('-1')))
print(D(2).fma(3, 4), D('12.5').as_tuple(), D(3).is_normal(), D('1e-999999').is_subnormal())
