from collections import namedtuple
P = namedtuple('P', 'x y')
P(1, 2)._replace(z=3)
