from decimal import *
D = Decimal
print(D(4)**D('0.5'), D(8)**D('1.5'), D('0.25')**D('0.5'), D(10)**D('0.5'), D(100)**D('1.5'), D(27)**(D(1)/3), D(0)**D('0.5'), D('Inf')**D('0.5'), D('Inf')**D('-0.5'), D(1)**D('Inf'), D(2)**D('Inf'), D('0.5')**D('-Inf'), D(1)**D('0.5'), D('1.00')**D('2.5'), D(0)**D('-0.5'))
print(D(2)**D('0.5'), D(3)**D('-1.7'), D('1.0001')**D('12345.5'), D('123.456')**D('0.001'), D(2)**D('1E-30'))
c = getcontext(); c.clear_flags(); D(4)**D('0.5'); print(sorted(k.__name__ for k, v in c.flags.items() if v))
for bad in [lambda: D(-8)**D('0.5'), lambda: D('-Inf')**D('0.5'), lambda: D(10)**D('1e10')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
print(D("123.456").logb(), D("0.001").logb(), D('-5').logb(), D('Infinity').logb(), D('NaN').logb())
try:
    D(0).logb()
except DivisionByZero:
    print('DivisionByZero')
print(D('1.23').scaleb(2), D('1.23').scaleb(-5), D('7').scaleb(D('3')), D('Inf').scaleb(3))
try:
    D(1).scaleb(D('1.5'))
except InvalidOperation:
    print('InvalidOperation')
print(D(1).next_plus(), D(1).next_minus(), D(0).next_plus(), D('-Inf').next_plus(), D('Inf').next_minus(), D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1), D('-0').next_toward(D('0')))
print(D(10).remainder_near(3), D(11).remainder_near(3), D('10.5').remainder_near(D(3)), D(-10).remainder_near(3), D(6).remainder_near(4), D(10).remainder_near(4), D('3.6').remainder_near(D('1.2')))
print(D(-3).max_mag(2), D(-3).min_mag(2), D(2).max_mag(-2), D(2).min_mag(-2), D(1).max_mag(D('NaN')))
vals = [D('NaN'), D('-NaN'), D('sNaN'), D('Inf'), D('-Inf'), D('12.30'), D('12.3'), D('-0'), D('0'), D('-1.5'), D('1E2'), D('100')]
print([str(v) for v in sorted(vals, key=lambda v: __import__('functools').cmp_to_key(lambda a, b: int(a.compare_total(b)))(v))])
print(D('12.3').compare_total(D('12.30')), D(-1).compare_total_mag(D(1)), D('NaN').compare_total(D(1)))
print(D(1100).logical_and(D(1010)), D(1100).logical_or(D(1010)), D(1100).logical_xor(D(1010)), D(101).logical_invert(), D(0).logical_invert())
try:
    D(12).logical_and(1)
except InvalidOperation:
    print('InvalidOperation')
print(D(123456789).rotate(2), D(12345).rotate(-2), D(12345).shift(2), D(12345).shift(-2), D('1.23').shift(1), D('Inf').rotate(1), D(1).radix())
ctx = Context(prec=5)
print(ctx.logb(D(1234)), ctx.scaleb(D(1), 3), ctx.next_plus(D(1)), ctx.rotate(D(123), 1), ctx.shift(D(123), 3), ctx.logical_invert(D(0)), ctx.power(D(2), D('0.5')), ctx.exp(D(1)), ctx.ln(D(10)), ctx.log10(D(1000)), ctx.is_nan(D('NaN')), ctx.is_finite(D(1)), ctx.number_class(D(-1)), ctx.radix(), ctx.compare_total(D(1), D(2)), ctx.remainder_near(D(10), D(3)), ctx.max_mag(D(-5), D(3)), ctx.copy_decimal(D('1.0')), ctx.same_quantum(D('1.0'), D('2.0')), ctx.copy_sign(D(1), D(-2)), ctx.next_toward(D(1), D(0)))
print(D(2) ** D('0.5') == D(2).sqrt(), getcontext().power(D(9), D('0.5')))
