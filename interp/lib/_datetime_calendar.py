"""Proleptic Gregorian calendar arithmetic shared by datetime and calendar.

Ordinals count days from 0001-01-01 (ordinal 1).
"""

MINYEAR = 1
MAXYEAR = 9999
MAXORDINAL = 3652059  # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _days in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _days
del _total, _days

_DI400Y = 146097  # days in 400 years
_DI100Y = 36524
_DI4Y = 1461


def is_leap(year):
    """year -> True if leap year, else False."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_before_year(year):
    """year -> number of days before January 1st of year."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def days_in_month(year, month):
    """year, month -> number of days in that month in that year."""
    if month == 2 and is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def days_before_month(year, month):
    """year, month -> number of days in year preceding first day of month."""
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and is_leap(year))


def ymd2ord(year, month, day):
    """year, month, day -> ordinal, considering 01-Jan-0001 as day 1."""
    return days_before_year(year) + days_before_month(year, month) + day


def ord2ymd(n):
    """ordinal -> (year, month, day), considering 01-Jan-0001 as day 1."""
    # Work in whole 400/100/4/1-year cycles from 0001-01-01.
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # The last day of a 4-year or 400-year cycle: December 31st.
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def weekday(year, month, day):
    """0 is Monday."""
    return (ymd2ord(year, month, day) + 6) % 7


def iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of year."""
    first_day = ymd2ord(year, 1, 1)
    first_weekday = (first_day + 6) % 7
    week1_monday = first_day - first_weekday
    if first_weekday > 3:
        week1_monday += 7
    return week1_monday
