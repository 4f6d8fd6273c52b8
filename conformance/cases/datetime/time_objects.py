from datetime import time, datetime, date, timedelta
t = time(13, 5, 7, 123)
print(t, t.isoformat(), t.hour, t.minute, t.second, t.microsecond, t.replace(hour=1), t.strftime('%I:%M %p'))
print(datetime.combine(date(2020, 5, 17), t), time() < t, time(1) == time(1, 0))
print(date(2020, 1, 31) + timedelta(days=30), date.max, date.min, datetime(2020, 1, 1).weekday())
