for spec in ('', '10', '<10', '>10', '^10', '*^10', '.2', '10.3', '-<6'):
    print(repr(format('hello', spec)))
