# builtins that take no keyword arguments say so
import math
calls = [lambda: len(x=1), lambda: abs(x=1), lambda: repr(obj=1), lambda: hash(x=1),
         lambda: hex(number=1), lambda: divmod(a=1, b=2), lambda: getattr(1, 'real', default=0),
         lambda: isinstance(1, int, x=1), lambda: callable(obj=len), lambda: iter([], x=1),
         lambda: next(iter([1]), default=0), lambda: ord(c='a'), lambda: id(x=1)]
for f in calls:
    try:
        f()
        print('accepted')
    except TypeError as e:
        print('TypeError:', e)
