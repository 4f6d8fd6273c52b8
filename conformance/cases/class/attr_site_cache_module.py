# Module attribute loads from one instruction while the module changes.
import math
import sys

me = sys.modules[__name__]
counter = 0


def read():
    return math.pi, me.counter


out = []
for i in range(6):
    out.append(read())
    if i == 1:
        math.pi = 3
    elif i == 2:
        del math.pi
        try:
            read()
        except AttributeError:
            # (The message differs between 3.4 and 3.11.)
            out.append('AttributeError')
        math.pi = 3.25
    counter += 1
print(out)


def call_sqrt(x):
    return math.sqrt(x)


print(call_sqrt(16.0))
real_sqrt = math.sqrt
math.sqrt = lambda x: 'patched %s' % x
print(call_sqrt(16.0))
math.sqrt = real_sqrt
print(call_sqrt(25.0))
