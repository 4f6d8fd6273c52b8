# a shift or bit operation with a float names both operand types
for expr in ['1 << 1.5', '1.5 >> 1', '1.0 & 1', '1 | 2.0', '1.5 ^ 2.5',
             'True << 1.0', '10 ** 400 & 1.0', '2.0 | True']:
    try:
        eval(expr)
    except (TypeError, OverflowError) as e:
        print(expr, '->', type(e).__name__, e)
print(1.5 << 2)
