# substitute: datetime, _datetime_base, _datetime_types, _datetime_full, _datetime_calendar, _strptime
import datetime
from datetime import date, time, timedelta, timezone, tzinfo
from datetime import datetime as dt
from kaa_check import py34, show_error_type
import re


def _td34(match):
    # python3 prints timedelta(days=1, seconds=5); 3.4 printed timedelta(1, 5)
    # (py34-vs-py311.md row 204).  Rewrite the oracle's form into 3.4's.
    fields = dict((k, int(v)) for k, v in re.findall(r'(days|seconds|microseconds)=(-?\d+)', match.group(1)))
    d, s, us = fields.get('days', 0), fields.get('seconds', 0), fields.get('microseconds', 0)
    if us:
        return 'datetime.timedelta(%d, %d, %d)' % (d, s, us)
    if s:
        return 'datetime.timedelta(%d, %d)' % (d, s)
    return 'datetime.timedelta(%d)' % d


def normalise(text):
    # isocalendar() returns a plain tuple in 3.4 (IsoCalendarDate is 3.9).
    text = re.sub(r'datetime\.IsoCalendarDate\(year=(-?\d+), week=(\d+), weekday=(\d+)\)', r'(\1, \2, \3)', text)
    return re.sub(r'datetime\.timedelta\(((?:(?:days|seconds|microseconds)=-?\d+(?:, )?)+)\)', _td34, text)


def show(label, thunk):
    try:
        value = thunk()
    except Exception as exc:
        print("%s -> %s: %s" % (label, type(exc).__name__, normalise(str(exc))))
    else:
        print("%s = %s" % (label, normalise(repr(value))))

# timedelta
for args, kwargs in [((), {}), ((1,), {}), ((0, 5), {}), ((0, 0, 5), {}), ((1, 2, 3), {}), ((-1,), {}), ((0, -1), {}),
                     ((), {'hours': 25}), ((), {'minutes': -61}), ((), {'weeks': 1.5}), ((), {'milliseconds': 1.5}),
                     ((), {'microseconds': 0.5}), ((), {'microseconds': 1.5}), ((), {'microseconds': -0.5}),
                     ((), {'seconds': 1e-7}), ((0.5, 0.5), {}), ((), {'days': 1e-6}), ((), {'hours': 1.23456789}),
                     ((999999999,), {}), ((-999999999,), {})]:
    show("td %r %r" % (args, kwargs), lambda: timedelta(*args, **kwargs))
    show("td str %r %r" % (args, kwargs), lambda: str(timedelta(*args, **kwargs)))
show("td overflow", lambda: timedelta(days=10 ** 9))
show("td bad type", lambda: timedelta('1'))
a = timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)
b = timedelta(hours=-7, microseconds=333)
show("td attrs", lambda: (a.days, a.seconds, a.microseconds, a.total_seconds(), b.total_seconds()))
show("td ops", lambda: (a + b, a - b, b - a, -a, +a, abs(b), a * 3, 3 * a, a * -1, a // 4, a // b, a / b, a % b, divmod(a, b)))
show("td float ops", lambda: (a * 0.5, a * 2.7, 1.5 * b, a / 3, a / 0.25, b / -7, a / 7.5))
show("td cmp", lambda: (a > b, a == timedelta(2, 11045, 6), a != 1, a == 1, sorted([a, b, timedelta(0)])))
# CPython's messages name the C types ('datetime.timedelta'): compare types only.
show_error_type("td cmp bad", lambda: a < 1)
show_error_type("td add bad", lambda: a + 1)
show("td div zero", lambda: a // 0)
show("td bool hash", lambda: (bool(timedelta(0)), bool(b), hash(a) == hash(timedelta(2, 11045, 6))))
show("td limits", lambda: (timedelta.min, timedelta.max, timedelta.resolution))
show("td max overflow", lambda: timedelta.max + timedelta(1))
py34("td repr", lambda: timedelta(days=1, seconds=5), "datetime.timedelta(1, 5)")
py34("td repr us", lambda: timedelta(microseconds=-1), "datetime.timedelta(-1, 86399, 999999)")

# date
d = date(2024, 2, 29)
show("date", lambda: (str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime(), d.isoformat()))
show("date repr", lambda: (repr(d), repr(date.min), repr(date.max), date.resolution))
for args in [(2023, 2, 29), (2023, 13, 1), (2023, 0, 1), (2023, 4, 31), (2023, 1, 0)]:
    show("date bad %r" % (args,), lambda: date(*args))
py34("date year big", lambda: date(10000, 1, 1), "ValueError: year is out of range")
py34("date year", lambda: date(0, 1, 1), "ValueError: year is out of range")
py34("date float", lambda: date(2000.0, 1, 1), "TypeError: integer argument expected, got float")
for y in [1, 4, 100, 400, 1900, 2000, 2001, 2004, 2019, 2020, 2021, 9999]:
    for m, dd in [(1, 1), (2, 28), (3, 1), (6, 15), (12, 28), (12, 29), (12, 30), (12, 31)]:
        x = date(y, m, dd)
        show("cal %s" % x, lambda: (x.toordinal(), date.fromordinal(x.toordinal()) == x, x.weekday(), x.isocalendar()))
show("fromordinal", lambda: (date.fromordinal(1), date.fromordinal(730120), date.fromordinal(3652059)))
show("fromordinal bad", lambda: date.fromordinal(0))
py34("fromordinal big", lambda: date.fromordinal(3652060), "ValueError: year is out of range")
show("date arith", lambda: (d + timedelta(1), d - timedelta(366), timedelta(3) + d, d - date(2000, 1, 1), date(2000, 1, 1) - d))
show_error_type("date arith bad", lambda: d + 1)
show("date overflow", lambda: date.max + timedelta(1))
show("date cmp", lambda: (d == date(2024, 2, 29), d < date(2025, 1, 1), d != date(2024, 3, 1), d == '2024', sorted([date(2024, 1, 2), date(2023, 5, 5)])))
show_error_type("date cmp bad", lambda: d < 5)
show("date replace", lambda: (d.replace(year=2028), d.replace(month=3, day=1)))
show("date replace bad", lambda: d.replace(year=2023))
show("date strftime", lambda: d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %d/%m %H:%M:%S %p %I %% %x'))
show("date format", lambda: ('{:%d.%m.%Y}'.format(d), format(d), '{}'.format(d)))
show("date hash", lambda: hash(d) == hash(date(2024, 2, 29)))
show("date timetuple", lambda: tuple(d.timetuple()))

# time
t = time(13, 5, 9, 123)
show("time", lambda: (repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.isoformat()))
show("time reprs", lambda: (repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1))))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10 ** 6), (-1,)]:
    show("time bad %r" % (args,), lambda: time(*args))
show("time tz bad", lambda: time(1, tzinfo=1))
show("time strftime", lambda: t.strftime('%H:%M:%S.%f %p %I %Y %z'))
show("time cmp", lambda: (t < time(14), t == time(13, 5, 9, 123), t != 1, sorted([time(5), time(1)])))
show("time replace", lambda: t.replace(hour=1, microsecond=0))
py34("time bool", lambda: (bool(time(0)), bool(time(0, 0, 1)), bool(time(1))), "(False, True, True)")

# timezone
utc = timezone.utc
cet = timezone(timedelta(hours=1), 'CET')
minus = timezone(timedelta(hours=-5, minutes=-30))
show("tz", lambda: (cet.utcoffset(None), cet.tzname(None), cet.dst(None), minus.tzname(None), str(minus), str(cet)))
py34("tz utc name", lambda: (str(utc), utc.tzname(None)), "('UTC+00:00', 'UTC+00:00')")
show("tz eq", lambda: (timezone(timedelta(0)) is utc, cet == timezone(timedelta(hours=1)), hash(cet) == hash(timedelta(hours=1))))
show("tz bad", lambda: timezone(5))
show("tz bad name", lambda: timezone(timedelta(0), 5))
py34("tz seconds", lambda: timezone(timedelta(seconds=30)), "ValueError: offset must be a timedelta representing a whole number of minutes")
py34("tz repr", lambda: (timezone(timedelta(hours=1)), utc, cet), "(datetime.timezone(datetime.timedelta(0, 3600)), datetime.timezone.utc, datetime.timezone(datetime.timedelta(0, 3600), 'CET'))")
py34("tz range", lambda: timezone(timedelta(hours=24)), "ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")

# datetime
x = dt(2024, 3, 10, 14, 30, 15, 250000)
show("dt", lambda: (repr(x), str(x), x.isoformat(), x.isoformat(' '), x.date(), x.time(), x.ctime(), x.weekday(), x.toordinal()))
show("dt reprs", lambda: (repr(dt(2000, 1, 1)), repr(dt(2000, 1, 1, 1)), repr(dt(2000, 1, 1, 0, 0, 1)), repr(dt(2000, 1, 1, 0, 0, 0, 5))))
show("dt bad", lambda: dt(2000, 1, 1, 25))
show("dt arith", lambda: (x + timedelta(days=30, hours=12), x - timedelta(seconds=1e6), x - dt(2000, 1, 1), dt(2000, 1, 1) - x))
show("dt overflow", lambda: dt.max + timedelta(1))
show("dt cmp", lambda: (x > dt(2024, 1, 1), x == dt(2024, 3, 10, 14, 30, 15, 250000), x == d, x != d))
show("dt vs date", lambda: x < d)
show("dt combine", lambda: (dt.combine(d, t), dt.combine(date(2000, 1, 1), time(1, tzinfo=cet))))
show("dt combine bad", lambda: dt.combine(1, t))
show("dt strftime", lambda: x.strftime('%Y-%m-%dT%H:%M:%S.%f %a %j %c|%x|%X %%'))
show("dt format", lambda: '{:%H:%M}'.format(x))
for y, m, dd, hh in [(2024, 1, 7, 5), (2020, 12, 31, 0), (2021, 1, 3, 12), (1999, 1, 1, 13), (2000, 1, 1, 23), (2008, 12, 29, 11), (5, 6, 7, 8)]:
    v = dt(y, m, dd, hh, 6, 7)
    show("strftime more %s" % v, lambda: v.strftime('%C|%g|%G|%V|%k|%l|%r|%P|%e|%D|%F|%T|%R|%u|%h|%n|%t|%U|%W|%j'))
show("strftime epoch", lambda: (dt(2024, 1, 7, 5, 6, 7).strftime('%s'), dt(1970, 1, 1).strftime('%s')))
aware = dt(2024, 3, 10, 14, 30, tzinfo=cet)
show("aware", lambda: (repr(aware), str(aware), aware.utcoffset(), aware.tzname(), aware.dst(), aware.strftime('%z %Z'), dt(2000, 1, 1, tzinfo=minus).strftime('%Z|%z')))
show("aware convert", lambda: (aware.astimezone(utc), aware.astimezone(minus), aware.astimezone(utc) == aware))
show("aware sub", lambda: (aware - dt(2024, 3, 10, 12, 0, tzinfo=utc), aware.timestamp(), dt(1970, 1, 1, tzinfo=utc).timestamp()))
show("naive aware eq", lambda: (aware == dt(2024, 3, 10, 14, 30), aware != dt(2024, 3, 10, 14, 30)))
show("naive aware lt", lambda: aware < dt(2024, 3, 10, 14, 30))
show("naive aware sub", lambda: aware - dt(2024, 3, 10, 14, 30))
show("aware hash", lambda: hash(aware) == hash(aware.astimezone(utc)))
show("utctimetuple", lambda: tuple(aware.utctimetuple()))
show("dt timetuple", lambda: tuple(x.timetuple()))
show("dt replace", lambda: (x.replace(year=2000, tzinfo=utc), aware.replace(tzinfo=None)))
show("fromts utc", lambda: (dt.utcfromtimestamp(0), dt.utcfromtimestamp(1e9 + 0.5), dt.fromtimestamp(86400.25, utc), dt.utcfromtimestamp(-1.5)))
show("limits", lambda: (dt.min, dt.max, dt.resolution, time.min, time.max))
show("now types", lambda: (type(dt.now()).__name__, type(dt.utcnow()).__name__, type(date.today()).__name__, dt.now(utc).tzinfo is utc))
class EST(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-5)
    def dst(self, d):
        return timedelta(0)
    def tzname(self, d):
        return 'EST'
e = dt(2024, 1, 1, 12, tzinfo=EST())
show("custom tz", lambda: (e.utcoffset(), e.tzname(), e.isoformat(), e.astimezone(utc), utc.fromutc(dt(2024, 1, 1, tzinfo=utc))))
class BadTZ(tzinfo):
    def utcoffset(self, d):
        return 5
show("bad tz", lambda: dt(2024, 1, 1, tzinfo=BadTZ()).utcoffset())
show("tzinfo abstract", lambda: tzinfo().utcoffset(None))

# strptime
for text, fmt in [('2024-03-10 14:30:15', '%Y-%m-%d %H:%M:%S'), ('10/03/24', '%d/%m/%y'), ('1/2/69', '%m/%d/%y'),
                  ('Mar 5 2020', '%b %d %Y'), ('march 05, 2020', '%B %d, %Y'), ('12:05:01.5', '%H:%M:%S.%f'),
                  ('2020-01-01T00:00:00+0130', '%Y-%m-%dT%H:%M:%S%z'), ('2020-01-01 -0500', '%Y-%m-%d %z'),
                  ('07 PM', '%I %p'), ('12 am', '%I %p'), ('12 PM', '%I %p'), ('2020 060', '%Y %j'),
                  ('Tue Mar  5 10:00:00 2024', '%a %b %d %H:%M:%S %Y'), ('2024', '%Y'), ('  2024', ' %Y'),
                  ('2024-13-01', '%Y-%m-%d'), ('2023-02-29', '%Y-%m-%d'), ('02-29', '%m-%d'), ('2024-01-01x', '%Y-%m-%d'),
                  ('2024-01-01', '%Y/%m/%d'), ('111', '%m%d'), ('1231', '%m%d'), ('2024', '%Q'), ('2024', '%Y%'),
                  ('100%', '%H%%'), ('5 UTC', '%H %Z'), ('x', 'X'), ('2024-1-5', '%Y-%m-%d'), ('2024 5', '%Y   %m')]:
    show("strptime %r %r" % (text, fmt), lambda: dt.strptime(text, fmt))
show("strptime type", lambda: dt.strptime(5, '%Y'))
show("module", lambda: (datetime.MINYEAR, datetime.MAXYEAR, date.__module__, dt.__module__, timezone.__module__, repr(dt)))
import random
rng = random.Random(5)
formats = ['%Y-%m-%d %H:%M:%S', '%d/%m/%y %I:%M %p', '%a %b %d %H:%M:%S %Y', '%A, %B %d, %Y', '%Y%m%d%H%M%S', '%j/%Y',
           '%H:%M:%S.%f', '%c', '%x %X', '%m-%d %H', '%Y-%m-%dT%H:%M:%S%z', '%b %Y', '%d %B']
for i in range(120):
    v = dt(rng.randrange(1900, 2100), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60),
           rng.randrange(60), rng.randrange(1000000), tzinfo=timezone(timedelta(minutes=rng.randrange(-600, 600))))
    fmt = formats[i % len(formats)]
    text = v.strftime(fmt)
    if i % 3 == 0:
        text = text.upper()
    elif i % 3 == 1:
        text = text.lower()
    show("roundtrip %r %r" % (text, fmt), lambda: dt.strptime(text, fmt))
