from datetime import datetime, date, timedelta, time

start = datetime(2023, 3, 10, 14, 30)
print(start, repr(start))
print(start.strftime("%Y-%m-%d %H:%M:%S %A %B %j %a %b %p %I"))
print(start.isoformat(), start.date().isoformat(), start.time())
deadline = start + timedelta(days=45, hours=10, minutes=5)
print(deadline, deadline - start, (deadline - start).total_seconds())
print(timedelta(seconds=-1))
print(timedelta(days=1, seconds=3661, microseconds=5))
d = datetime.strptime("2024-02-28 23:59:59", "%Y-%m-%d %H:%M:%S")
print(d + timedelta(seconds=1), (d + timedelta(days=1)).day)
print(date(2024, 1, 1).weekday(), date(2024, 1, 1).isoweekday(), tuple(date(2024, 1, 1).isocalendar()))
dates = [date(2023, 12, 25), date(2023, 1, 1), date(2023, 7, 4)]
for x in sorted(dates):
    print(x.strftime("%d %b %Y"), (date(2024, 1, 1) - x).days, "days to 2024")
print(date.fromordinal(738000), date(2023, 1, 1).toordinal())
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), max(dates))
print(timedelta(hours=25) // timedelta(hours=1), timedelta(hours=1) * 3, timedelta(minutes=90) / 2)
def business_days(a, b):
    n = 0
    cur = a
    while cur < b:
        if cur.weekday() < 5:
            n += 1
        cur += timedelta(days=1)
    return n
print(business_days(date(2023, 1, 1), date(2023, 2, 1)))
print(time(9, 5), time(23, 59, 59, 999), repr(time(1, 2)))
print(datetime.combine(date(2023, 5, 5), time(8, 0)))
print(date(2023, 5, 5).replace(month=6), start.replace(hour=0, minute=0))
print("{:%Y/%m/%d}".format(start), format(date(2001, 2, 3), "%y%m%d"))
try:
    date(2023, 2, 30)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    start - 5
except TypeError as e:
    print("TypeError:", e)
print(timedelta(days=7) == timedelta(weeks=1), abs(timedelta(days=-2)))
print(date.min, date.max, timedelta.max)
print(start.timetuple()[:6], start.weekday())
