for spec in ('d', '5d', '<5d', '^5d', '05d', '+d', ' d', 'x', 'X', '#x', 'o', '#o', 'b', '#b', ',', 'c'):
    print(repr(format(65, spec)))
