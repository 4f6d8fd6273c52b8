# collections, datetime, decimal and fractions values round-trip through
# every protocol; a nested class pickles by qualified name (protocol 4); a dict that
# holds itself comes back holding itself; a lambda cannot be pickled.
import collections
import datetime
import decimal
import fractions
import pickle

vals = [collections.OrderedDict([('a', 1), ('b', 2)]),
        collections.deque([1, 2], maxlen=5), collections.Counter('abca'),
        collections.defaultdict(list, {'x': [1]}), datetime.date(2020, 1, 2),
        datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(1, 2, 3),
        datetime.time(1, 2, 3), decimal.Decimal('1.25'), fractions.Fraction(3, 4)]
for p in range(5):
    for v in vals:
        r = pickle.loads(pickle.dumps(v, p))
        if isinstance(r, (collections.Counter, collections.defaultdict)):
            shown = sorted(r.items())
        elif isinstance(r, datetime.timedelta):
            shown = (r.days, r.seconds, r.microseconds)
        else:
            shown = repr(r)
        print(p, type(r).__name__, r == v, shown)


class Outer:
    class Inner:
        pass


r = pickle.loads(pickle.dumps(Outer.Inner, 4))
print(r is Outer.Inner, type(pickle.loads(pickle.dumps(Outer.Inner(), 4))).__name__)
d = {}
d['self'] = d
for p in range(5):
    r = pickle.loads(pickle.dumps(d, p))
    print(p, r['self'] is r)
    try:
        pickle.dumps(lambda: 1, p)
    except Exception as e:
        print(p, type(e).__name__)
