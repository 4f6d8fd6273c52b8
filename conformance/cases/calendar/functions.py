import calendar
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.weekday(2024, 1, 1), calendar.monthrange(2023, 2))
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2024, 2)[0], calendar.day_name[0], calendar.month_abbr[12])
print(calendar.timegm((2000, 1, 1, 0, 0, 0)))
