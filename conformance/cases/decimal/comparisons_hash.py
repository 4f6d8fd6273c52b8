from decimal import Decimal as D
print(D('1.0') == D(1), D(1) == 1, D('0.5') == 0.5, D(1) < 2, D('-1') > D('-2'))
print(sorted([D('3'), D('-1.5'), D('2.25'), 0, 1]))
print(max(D('1'), D('1.0')), min([D(2), D(1)]))
print(hash(D(5)) == hash(5), hash(D('0.5')) == hash(0.5), hash(D('1.0')) == hash(D(1)))
print(D('NaN') == D('NaN'), D('NaN') != 1, D(1).compare(D(2)), D(2).compare(D(2)), D(3).compare(D(2)))
print(D('1.10').max(D('1.1')), D(1).min(D(-1)), bool(D(0)), bool(D('0.001')))
