try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    e
except NameError as n:
    print('NameError:', n)
