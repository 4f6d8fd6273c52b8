import datetime as dt
d = dt.datetime(2021, 3, 7, 14, 5, 9, 123456)
for f in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%j %U %W %w', '%I %p %y', '%f', '%%', '%c', '%x', '%X', '%e', '%G-%V-%u']:
    print(repr(f), d.strftime(f))
print(dt.date(2020, 2, 29).strftime('%d/%m/%Y %A'))
print(dt.time(1, 2, 3, 4).strftime('%H|%M|%S|%f'))
print(format(d, '%Y'), '{:%H:%M}'.format(d), format(d, ''))
print(d.isoformat(), d.isoformat(' '), d.date().isoformat(), d.time().isoformat())
print(dt.datetime(2020, 1, 1).isoformat(), dt.time(5).isoformat())
print(str(d), repr(d), repr(d.date()), repr(d.time()))
print(d.timetuple())
print(tuple(d.isocalendar()), d.isoweekday(), d.weekday(), d.toordinal())
print(d.replace(year=2000, microsecond=0))
print(d.ctime(), dt.date(2021, 1, 1).ctime())
