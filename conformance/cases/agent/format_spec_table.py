vals = [0, 1, -1, 3.14159, -2.5, 1e-10, 123456789.123, float('inf'), 1/3, 100, 2**53, 0.5, 1.5, 2.5]
specs = ['', '.2f', '>10.3f', '<8', '^9.1f', '+.2e', '.3g', ',.2f', '.1%', '010.2f', '=+10.2f', 'g', '.0f', '#.0f', ' .2f', 'e', '%', '#g', '.10g', 'n']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append('ERR')
    print(' | '.join(row))
ints = [0, 7, -42, 255, 10**12]
for v in ints:
    print(' | '.join(format(v, s) for s in ['d', '5d', '<5d', '+d', ',d', 'x', '#X', 'o', '#b', '08d', '_<8', 'c' if 0 <= v < 0x110000 else 'd', 'e', '.2f', '%', 'n', '=8', ' d']))
for s in ['abc', 'a', '']:
    print(repr(format(s, '>5')), repr(format(s, '^6')), repr(format(s, '.2')), repr(format(s, '*<4')), repr('%-5s|' % s), repr('%5.1s|' % s))
print('%.3s|%5d|%-5d|%+d|% d|%05.1f|%x|%X|%#x|%#o|%e|%E|%G|%c|%r|%i|%u' % ('abcdef', 42, 42, 42, 42, 3.14159, 255, 255, 255, 8, 12345.6789, 0.000123, 1e-10, 'z', [1], 3, 4))
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=3), '{0:>{1}}'.format('x', 4), '{!s:>5}'.format(None), '{!a}'.format('é'))
print('{0}{0}{1}'.format('a', 'b'), '{}{}'.format(1, 2), '{{literal}} {}'.format(5), '{0[a]} {0[b]}'.format({'a': 1, 'b': 2}), '{.imag}'.format(3+4j))
import datetime
print('{:%H:%M}'.format(datetime.time(9, 5)), '{:>12}'.format(str(datetime.date(2020, 1, 2))))
print(str(0.1), str(1/3), repr(1e22), repr(1e21), str(1e-5), str(0.0001), 1e100, -0.0, 5e-324, 1.7976931348623157e308, float('1e309'))
print(3.0 * 1.1, 0.1 * 3, 1 - 0.9, 2 ** 0.5, 10 / 3, 1e15 + 0.3, 4.35 * 100, round(4.35 * 100) / 100)
print(int(3.999), int(-3.999), float(2**63), 2**63 / 3, 7 / 7, 10**17 / 10, (10**17 + 1) / 10)
print('%s %s %s' % (1.0, 10.0**16, 1e-4), '%.15g' % 0.1, '%.17g' % 0.1, '%g' % 100000, '%g' % 1000000, '%g' % 1.5e-5)
print(format(1234567.891, ',.1f'), format(-1234567, ','), format(0.000001234, '.2e'), format(12.0, '.0e'), format(9.99, '.1f'), format(0.05, '.1f'), format(0.15, '.1f'), format(0.25, '.1f'))
