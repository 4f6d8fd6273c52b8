from decimal import Decimal as D
a, b = D('1.1'), D('2.20')
print(a + b, a - b, a * b, a / b, b / a)
print(D(7) // D(2), D(-7) // D(2), D(7) % D(3), D(-7) % D(3), divmod(D(7), D('-2')))
print(D('0.1') * 3 == D('0.3'), sum([D('0.1')] * 10), D(1) / D(3))
print(-a, +a, abs(D('-3.5')), D(2) ** 10, D('1.5') ** 3, D(2) ** -2)
print(D(1) + 2, 3 - D(1), 2 * D('1.5'), 1 / D(8))
print(D('1e10') + D('1e-10'), D('100') / D('1e-2'))
