import datetime as dt
a = dt.datetime(2021, 12, 31, 23, 59, 59)
b = dt.datetime(2020, 2, 28, 12)
print(a - b, (a - b).total_seconds(), (a - b).days, (a - b).seconds)
print(a + dt.timedelta(seconds=1), b + dt.timedelta(days=1), b - dt.timedelta(weeks=1))
print(dt.date(2021, 3, 1) - dt.date(2020, 3, 1), dt.date(2021, 1, 1) + dt.timedelta(days=400))
td = dt.timedelta(days=1, hours=-5, minutes=3, milliseconds=7, microseconds=-1)
print(td, -td, abs(-td), td * 3, td / 2, td // 3, td % dt.timedelta(hours=5))
print(dt.timedelta(hours=3) / dt.timedelta(minutes=7), dt.timedelta(hours=3) // dt.timedelta(minutes=7))
print(dt.timedelta(0.5), dt.timedelta(seconds=1.5), dt.timedelta(microseconds=-1), dt.timedelta.max, dt.timedelta.min, dt.timedelta.resolution)
print(a > b, a == a.replace(), dt.date(2020,1,1) < dt.date(2020,1,2), dt.timedelta(1) > dt.timedelta(0))
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 1)]))
print(dt.date.fromordinal(737000), dt.date(2021,1,1).replace(day=31), dt.date.max, dt.date.min)
print(hash(dt.date(2020,1,1)) == hash(dt.date(2020,1,1)), {dt.date(2020,1,1): 1}[dt.date(2020,1,1)])
print(dt.datetime.combine(dt.date(2020,1,2), dt.time(3,4)))
try:
    a - dt.date(2020, 1, 1)
except TypeError as e:
    print('TypeError')
try:
    dt.date(2020, 1, 1) < dt.datetime(2020, 1, 1)
except TypeError as e:
    print('TypeError', e)
dt.date.max + dt.timedelta(days=1)
