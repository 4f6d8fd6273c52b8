import datetime as dt
utc = dt.timezone.utc
est = dt.timezone(dt.timedelta(hours=-5), 'EST')
plus = dt.timezone(dt.timedelta(hours=5, minutes=30))
print(repr(utc), str(est), str(plus), utc.utcoffset(None), est.utcoffset(None))
d = dt.datetime(2021, 6, 1, 12, 0, tzinfo=utc)
print(d, d.isoformat(), d.astimezone(est), d.astimezone(plus).isoformat())
print(d.utcoffset(), d.dst(), est.utcoffset(None), plus.tzname(None))
print(d == d.astimezone(est), d - d.astimezone(est), d.timestamp())
print(d.strftime('%z'), dt.datetime(2021, 1, 1).strftime('[%z][%Z]'))
print(dt.datetime.fromtimestamp(0, utc), dt.datetime.utcfromtimestamp(86400 * 365.25))
print(dt.datetime.fromtimestamp(1600000000, utc).isoformat())
print(dt.datetime.fromtimestamp(1.5, tz=utc))
print(dt.date.fromtimestamp(86400 * 1000))
n = dt.datetime(2021, 6, 1, 12)
print(n.replace(tzinfo=est).utctimetuple())
try:
    n < d
except TypeError as e:
    print('TypeError', e)
try:
    dt.timezone(dt.timedelta(hours=25))
except ValueError as e:
    print('ValueError')
print(dt.time(12, 30, tzinfo=plus), dt.time(12, 30, tzinfo=plus).isoformat())
print(type(dt.datetime.now()).__name__, type(dt.date.today()).__name__, dt.datetime.now(utc).tzinfo is utc)
n - d
