from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_05UP, ROUND_HALF_DOWN, InvalidOperation, DivisionByZero, Inexact, Rounded
import decimal
print(D("123.456").logb(), D("0.001").logb(), D('-5').logb(), D('Infinity').logb())
print(D('1.23').scaleb(2), D('1.23').scaleb(-5), D('7').scaleb(D('3')))
print(D(2) ** D('0.5'), D('1.1') ** 3, D(10) ** -2, D(2) ** D('-0.5'), D('0.5') ** D('2.5'), D(4) ** D('0.5'))
print(D('1.2345').quantize(D('0.01')), D('1.235').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('1.235').quantize(D('0.01')), D('-1.5').quantize(D(1), rounding=ROUND_CEILING), D('123').quantize(D('1e1')))
for r in (ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_05UP, ROUND_HALF_DOWN):
    print(r, [str(D(x).quantize(D('1'), rounding=r)) for x in ('2.5', '-2.5', '1.5', '0.4', '-0.6', '5.01', '0.5')])
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D('1.234567') + 0, +D('9.999999'), D(2).sqrt(), D(10).ln(), D(100).log10(), D(1).exp())
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3), D(-2) / D(3))
print(getcontext().prec, getcontext().rounding, D(1) / D(3))
c = Context(prec=3, rounding=ROUND_HALF_UP)
print(c.divide(D(2), D(3)), c.add(D('1.005'), D(0)), c.power(D(2), D(10)), c.sqrt(D(2)), c.create_decimal('1.2345'))
print(D('3.14159').as_tuple(), D('-0').as_tuple(), D('1e5').as_tuple(), D(1.1), D.from_float(0.5))
print(D('10') // D('3'), D('-10') // D('3'), D('10') % D('-3'), divmod(D('7.5'), D(2)), D('-7') % D(3))
print(D('1.50').normalize(), D('100').normalize(), D('0.00').normalize(), D('1e3').to_integral_value(), D('2.5').to_integral_value(), D('1.234').to_eng_string(), D('1.23E+7').to_eng_string())
print(D('1.5').compare(D(2)), D(1).max(D(2)), D(1).min(D('NaN')), D(-3).copy_abs(), D(3).copy_negate(), D(3).copy_sign(D(-1)))
print(D('0.1') + D('0.2'), D('1.1') * D('1.1'), D('1') - D('0.9999'), sum([D('0.1')] * 10), D(5).fma(2, 3))
print(D('12.5').adjusted(), D('NaN').is_nan(), D('-Inf').is_infinite(), D('0').is_zero(), D('-1').is_signed(), D('1.0').is_finite(), D('sNaN').is_snan())
print(int(D('12.9')), float(D('0.1')), round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), str(D('1e-10')), repr(D('1E+2')), D('  5  '))
print(D(12345).__format__(',.2f'), format(D('1234.5678'), '.2e'), format(D('0.000123'), 'g'), format(D('12.3'), '>10'), format(D('-0.5'), '%'))
print(hash(D('1.0')) == hash(1), D('1.0') == 1, D('0.5') == 0.5, D(1) < 2, sorted([D('1.1'), D(1), D('0.9')]))
print(D('1.3').exp(), D('2').ln(), D('0.5').log10(), D(16).sqrt(), D('1e-3').sqrt())
print(D('7').remainder_near(D('4')), D(-1).next_plus(), D(1).next_minus(), D(1).next_toward(2), D('1.2300').same_quantum(D('1.23')))
for bad in ['abc', '1.2.3', '']:
    try:
        D(bad)
    except InvalidOperation as e:
        print('InvalidOperation', type(e).__name__)
try:
    D(1) / D(0)
except DivisionByZero as e:
    print('DivisionByZero', issubclass(DivisionByZero, ZeroDivisionError))
ctx = Context(traps=[])
print(ctx.divide(D(1), D(0)), ctx.flags[DivisionByZero], ctx.sqrt(D(-1)))
D(1).quantize(D('1e-30'), context=Context(prec=10))
