import datetime
d = datetime.date(2024, 2, 28)
print(d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat())
print(d + datetime.timedelta(days=2), d - datetime.date(2024, 1, 1), d.replace(day=1))
print(d.strftime('%Y/%m/%d %A %j'), d.isocalendar()[:2], d.toordinal(), datetime.date.fromordinal(738944))
print(d < datetime.date(2025, 1, 1), d == datetime.date(2024, 2, 28), d.ctime())
