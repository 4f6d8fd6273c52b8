from decimal import Decimal as D
x = D('1234.5678')
for spec in ['', '.2f', '10.3f', '<12.1f', '^12.1f', '=+12.1f', ',.2f', '012.2f', '.3e', '.2E', '.3g', '.10g', '%', '.1%', 'f', 'g', ',']:
    print(repr(spec), repr(format(x, spec)))
print(format(D('-0.0001234'), '.2e'), format(D('1e20'), 'f'), format(D('NaN'), '>6'), format(D('-Inf'), '+'))
print('{:.3f} {:>10}'.format(D('2.5'), D('3.14159')))
