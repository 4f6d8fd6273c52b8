import heapq, copy, calendar, array, io, types, abc, os, bisect, operator, keyword, numbers
print(calendar.isleap(2000), calendar.leapdays(1900, 2000), calendar.monthrange(2021, 2), calendar.weekday(2021, 3, 7), calendar.day_name[0], calendar.month_abbr[12], calendar.timegm((2021, 1, 1, 0, 0, 0)))
print(calendar.month(2021, 3))
print(calendar.TextCalendar(6).formatmonth(2020, 2))
print(calendar.monthcalendar(2021, 2)[0], list(calendar.Calendar().iterweekdays()))
calendar.monthrange(2021, 13)
