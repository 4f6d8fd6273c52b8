# String formatting in all its styles: %, str.format, format specs, alignment.
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
print('%-10s|%5d|%8.3f' % rows[0])
print('{:<10}|{:>5}|{:^8.2f}'.format(*rows[1]))
print('{name!r:>12} {count:05d} {price:+.1e}'.format(name='x', count=7, price=1234.5))
print('{0}{1}{0}'.format('ab', 'cd'), '{:,}'.format(10 ** 9), '{:#x} {:#o} {:#b}'.format(255, 8, 5))
print('%(a)s and %(b)r' % {'a': 1, 'b': 'two'}, '%c%c' % (72, 'i'), '%%')
table = '\n'.join('{:>3} {:<8}'.format(i, '*' * i) for i in range(1, 5))
print(table)
print(str(3.0), repr(0.1), '%g' % 1e-7, '{:.0%}'.format(0.25), format(-0.0, '.1f'))
