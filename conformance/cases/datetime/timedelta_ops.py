from datetime import timedelta
t = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(t, t.days, t.seconds, t.microseconds, t.total_seconds())
print(t * 2, t // 2, -t, abs(-t), t / timedelta(hours=1), timedelta(0) == timedelta())
print(str(timedelta(seconds=-1)), timedelta.max, timedelta.resolution)
