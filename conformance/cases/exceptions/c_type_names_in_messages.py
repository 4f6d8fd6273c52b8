# Classes CPython implements in C are named by their dotted tp_name in
# operator and len() errors; subclasses written in Python by their __name__.
import datetime, collections, decimal, functools, io, itertools
cases = [
    lambda: datetime.date(2020, 1, 2) - 'x',
    lambda: datetime.datetime(2020, 1, 2) - datetime.date(2020, 1, 2),
    lambda: decimal.Decimal(1) + 'x',
    lambda: io.StringIO() + 1,
    lambda: -io.BytesIO(),
    lambda: functools.partial(len) + 1,
    lambda: itertools.count() + 1,
    lambda: len(itertools.count()),
    lambda: collections.defaultdict(int) + 1,
]
for f in cases:
    try:
        f()
    except TypeError as e:
        print(e)
class MyDate(datetime.date):
    pass
try:
    MyDate(2020, 1, 1) - 'x'
except TypeError as e:
    print(e)
