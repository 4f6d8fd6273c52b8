from datetime import datetime, date, time, timedelta, timezone
import time as _time
import calendar
utc = timezone.utc
est = timezone(timedelta(hours=-5), 'EST')
d = datetime(2024, 2, 29, 13, 7, 9, 123456)
for fmt in ['%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %j %U %W %%', '%c', '%x', '%X', '%e' if False else '%d', '%Y-%m-%dT%H:%M:%S.%f']:
    print(repr(d.strftime(fmt)))
print(d.isoformat(), d.isoformat(' '), d.isoformat(timespec='minutes') if False else str(d), repr(d))
da = d.replace(tzinfo=utc)
print(da, da.isoformat(), da.utcoffset(), repr(utc), str(est))
print(da.astimezone(est), da.astimezone(est).strftime('%H:%M %Z %z'))
print(datetime.fromtimestamp(0, utc), datetime.utcfromtimestamp(86400 * 365), datetime(1970, 1, 1, tzinfo=utc).timestamp())
print(timedelta(microseconds=1500), timedelta(days=-1, microseconds=1), timedelta(0), timedelta(hours=36).days, timedelta(seconds=3661).seconds)
print(str(timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)), timedelta(weeks=2, days=-1) // 2, timedelta(days=1) % timedelta(hours=5))
print(round(timedelta(seconds=1.5).total_seconds()), timedelta(minutes=1) / timedelta(seconds=7), timedelta(seconds=10) * 1.5)
t = time(23, 59, 59, 1, tzinfo=est)
print(t, t.isoformat(), t.utcoffset(), time(12).strftime('%I %p'), time.min, time.max)
print(date(2024, 3, 1) - date(2024, 2, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days, date(2024, 1, 31) + timedelta(days=30))
def add_months(dt, n):
    y, m = divmod(dt.month - 1 + n, 12)
    y += dt.year
    m += 1
    day = min(dt.day, calendar.monthrange(y, m)[1])
    return dt.replace(year=y, month=m, day=day)
print([str(add_months(date(2024, 1, 31), k)) for k in range(-2, 14, 3)])
print(datetime.strptime('March 5, 2021 3:04 PM', '%B %d, %Y %I:%M %p'), datetime.strptime('05/03/21', '%d/%m/%y'), datetime.strptime('2021-064', '%Y-%j'))
print(datetime.strptime('Mon Jan  4 10:00:00 2021', '%a %b %d %H:%M:%S %Y'), datetime.strptime('2021-01-04T10:00:00.5', '%Y-%m-%dT%H:%M:%S.%f').microsecond)
print(datetime.strptime('+0530 2020', '%z %Y'), datetime.strptime('2020 UTC', '%Y %Z'))
ts = [datetime(2023, 1, 1) + timedelta(hours=7 * i) for i in range(10)]
from itertools import groupby
for day, grp in groupby(ts, key=lambda x: x.date()):
    print(day, [x.hour for x in grp])
print(sorted([date(2020, 5, 1), date(2019, 1, 1)])[0], date(2020, 5, 1).ctime(), d.ctime(), d.timetuple().tm_yday, d.toordinal(), d.weekday(), d.isoweekday())
print(datetime.combine(date(2020, 1, 1), time(5)).timestamp() - datetime(2020, 1, 1).timestamp(), date.fromtimestamp(0).year >= 1969)
print(_time.strftime('%Y-%m-%d %H:%M:%S', _time.gmtime(1e9)), _time.gmtime(0).tm_year, tuple(_time.gmtime(86400))[:6], _time.mktime(_time.localtime(1000)) == 1000)
print(calendar.timegm((2000, 1, 1, 0, 0, 0)), calendar.TextCalendar().formatmonth(2021, 3), calendar.monthcalendar(2021, 2)[0])
print(d.__class__.__name__, d.min.year, d.max.year, date.resolution, timedelta.resolution, d.resolution, d > datetime(2024, 1, 1), d == d.replace(), hash(d) == hash(d.replace()))
try:
    datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=utc)
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=utc)
except TypeError as e:
    print("TypeError:", e)
