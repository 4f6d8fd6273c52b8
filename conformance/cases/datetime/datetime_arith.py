from datetime import datetime, timedelta, timezone
dt = datetime(2020, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), dt.isoformat(), dt.date(), dt.time())
print(dt - datetime(2020, 1, 1), (dt - datetime(2020, 1, 1)).total_seconds())
u = datetime(2021, 6, 1, 12, 0, tzinfo=timezone.utc)
print(u, u.isoformat(), u.utcoffset(), u.tzinfo == timezone.utc, u.astimezone(timezone(timedelta(hours=2))))
print(datetime.strptime('2021-03-04 05:06', '%Y-%m-%d %H:%M'), dt.strftime('%H:%M:%S %p %b'))
print(datetime.fromtimestamp(0, timezone.utc), datetime(2000, 1, 1).timestamp() - datetime(1999, 12, 31).timestamp())
