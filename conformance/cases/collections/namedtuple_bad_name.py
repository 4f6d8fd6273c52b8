from collections import namedtuple
for args in [('1x', 'a'), ('P', 'a a'), ('P', '_a'), ('P', 'class'), ('P', 'a-b')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print(e)
