"""datetime's shared helpers and timedelta (see ``datetime``)."""

import math as _math
import sys as _sys

from _datetime_calendar import (MINYEAR, MAXYEAR, MAXORDINAL, is_leap as _is_leap,
                                days_in_month as _days_in_month,
                                days_before_month as _days_before_month,
                                ymd2ord as _ymd2ord, ord2ymd as _ord2ymd,
                                iso_week1_monday as _isoweek1monday)

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                    "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                  "Saturday", "Sunday"]


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    index = getattr(type(value), '__index__', None)
    if index is None:
        int_method = getattr(type(value), '__int__', None)
        if int_method is None:
            raise TypeError('an integer is required (got type %s)' % type(value).__name__)
        return int_method(value)
    return index(value)


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    return hour, minute, second, microsecond


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None "
                        "or timedelta, not '%s'" % (name, type(offset).__name__))
    if offset.microseconds or offset.seconds % 60 != 0:
        raise ValueError("tzinfo.%s() must return a whole number "
                         "of minutes, got %s" % (name, offset))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("%s()=%s, must be must be strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24)" % (name, offset))


def _format_offset(offset, sep):
    """'+HH<sep>MM' for a timedelta offset ('' for None)."""
    if offset is None:
        return ''
    if offset.days < 0:
        sign = '-'
        offset = -offset
    else:
        sign = '+'
    hours, rest = divmod(offset, timedelta(hours=1))
    minutes = rest // timedelta(minutes=1)
    return '%s%02d%s%02d' % (sign, hours, sep, minutes)


def _wrap_strftime(obj, fmt, timetuple):
    """strftime for date, time and datetime: the C-locale directives."""
    if not isinstance(fmt, str):
        raise TypeError("must be str, not %s" % type(fmt).__name__)
    year, month, day, hour, minute, second, wday, yday = timetuple[:8]
    out = []
    append = out.append
    position = 0
    size = len(fmt)
    while position < size:
        char = fmt[position]
        position += 1
        if char != '%' or position >= size:
            append(char)
            continue
        code = fmt[position]
        position += 1
        if code == 'd':
            append('%02d' % day)
        elif code == 'm':
            append('%02d' % month)
        elif code == 'Y':
            append('%d' % year)
        elif code == 'y':
            append('%02d' % (year % 100))
        elif code == 'H':
            append('%02d' % hour)
        elif code == 'M':
            append('%02d' % minute)
        elif code == 'S':
            append('%02d' % second)
        elif code == 'f':
            append('%06d' % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            append(_format_offset(offset, ''))
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            append(name.replace('%', '%%').replace('%%', '%') if name else '')
        elif code == 'a':
            append(_DAYNAMES[wday])
        elif code == 'A':
            append(_FULL_DAYNAMES[wday])
        elif code == 'b' or code == 'h':
            append(_MONTHNAMES[month])
        elif code == 'B':
            append(_FULL_MONTHNAMES[month])
        elif code == 'w':
            append('%d' % ((wday + 1) % 7))
        elif code == 'u':
            append('%d' % (wday + 1))
        elif code == 'j':
            append('%03d' % yday)
        elif code == 'I':
            append('%02d' % (hour % 12 or 12))
        elif code == 'p':
            append('AM' if hour < 12 else 'PM')
        elif code == 'e':
            append('%2d' % day)
        elif code == 'U':
            append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif code == 'W':
            append('%02d' % ((yday + 6 - wday) // 7))
        elif code == 'c':
            append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday], _MONTHNAMES[month], day,
                                                   hour, minute, second, year))
        elif code == 'x':
            append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'X':
            append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'D':
            append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'F':
            append('%d-%02d-%02d' % (year, month, day))
        elif code == 'T':
            append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'R':
            append('%02d:%02d' % (hour, minute))
        elif code == 'C':
            append('%d' % (year // 100))
        elif code in ('G', 'g', 'V'):
            iso_year, iso_week = _iso_year_week(year, month, day)
            if code == 'G':
                append('%d' % iso_year)
            elif code == 'g':
                append('%02d' % (iso_year % 100))
            else:
                append('%02d' % iso_week)
        elif code == 'k':
            append('%2d' % hour)
        elif code == 'l':
            append('%2d' % (hour % 12 or 12))
        elif code == 'r':
            append('%02d:%02d:%02d %s' % (hour % 12 or 12, minute, second,
                                         'AM' if hour < 12 else 'PM'))
        elif code == 'P':
            append('am' if hour < 12 else 'pm')
        elif code == 's':
            # Seconds since the epoch, local time being UTC in the sandbox.
            days = _ymd2ord(year, month, day) - _EPOCH_ORDINAL
            append('%d' % (((days * 24 + hour) * 60 + minute) * 60 + second))
        elif code == 'n':
            append('\n')
        elif code == 't':
            append('\t')
        elif code == '%':
            append('%')
        else:
            append('%' + code)
    return ''.join(out)


_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)


def _iso_year_week(year, month, day):
    """(ISO year, ISO week number) of a date."""
    today = _ymd2ord(year, month, day)
    iso_year = year
    week1 = _isoweek1monday(iso_year)
    if today < week1:
        iso_year -= 1
        week1 = _isoweek1monday(iso_year)
    elif iso_year < 9999 and today >= _isoweek1monday(iso_year + 1):
        iso_year += 1
        week1 = _isoweek1monday(iso_year)
    return iso_year, (today - week1) // 7 + 1


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    import time as _time
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _round_half_even(numerator, denominator):
    quotient, remainder = divmod(numerator, denominator)
    double = remainder * 2
    if double > denominator or (double == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def _exact_ratio(value):
    if isinstance(value, int):
        return value, 1
    if isinstance(value, float):
        if value != value or value in (float('inf'), float('-inf')):
            raise ValueError('cannot convert float %s to integer' % ('NaN' if value != value else 'infinity'))
        return value.as_integer_ratio()
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % ('', type(value).__name__))


class timedelta(object):
    """Represent the difference between two datetime objects.

    Supported operators: add and subtract timedelta, multiply and divide by
    numbers, divide by timedelta, abs, comparisons, hash, bool.
    """
    __slots__ = '_days', '_seconds', '_microseconds', '_hashcode'

    def __new__(cls, days=0, seconds=0, microseconds=0,
                milliseconds=0, minutes=0, hours=0, weeks=0):
        # Sum every component exactly in microseconds, then round half to even.
        numerator = 0
        denominator = 1
        for value, scale, name in ((days, 86400000000, 'days'), (seconds, 1000000, 'seconds'),
                                   (microseconds, 1, 'microseconds'),
                                   (milliseconds, 1000, 'milliseconds'),
                                   (minutes, 60000000, 'minutes'), (hours, 3600000000, 'hours'),
                                   (weeks, 604800000000, 'weeks')):
            if type(value) is int:
                if value:
                    numerator += value * scale * denominator
                continue
            if isinstance(value, int):
                value = int(value)
                numerator += value * scale * denominator
                continue
            if not isinstance(value, float):
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
            top, bottom = _exact_ratio(value)
            numerator = numerator * bottom + top * scale * denominator
            denominator *= bottom
        if denominator == 1:
            total = numerator
        else:
            total = _round_half_even(numerator, denominator)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, 86400000000)
        seconds, microseconds = divmod(rest, 1000000)
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def __repr__(self):
        name = 'datetime.' + self.__class__.__name__
        if self._microseconds:
            return "%s(%d, %d, %d)" % (name, self._days, self._seconds, self._microseconds)
        if self._seconds:
            return "%s(%d, %d)" % (name, self._days, self._seconds)
        return "%s(%d)" % (name, self._days)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            def plural(n):
                return n, abs(n) != 1 and "s" or ""
            s = ("%d day%s, " % plural(self._days)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    @property
    def days(self):
        """days"""
        return self._days

    @property
    def seconds(self):
        """seconds"""
        return self._seconds

    @property
    def microseconds(self):
        """microseconds"""
        return self._microseconds

    def _to_microseconds(self):
        return ((self._days * 86400 + self._seconds) * 1000000 + self._microseconds)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return -self
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even(usec, other) if other > 0
                                                else _round_half_even(-usec, -other))
        a, b = other.as_integer_ratio()
        if a < 0:
            a, b = -a, -b
            return timedelta._from_microseconds(_round_half_even(-b * usec, a))
        return timedelta._from_microseconds(_round_half_even(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            r = self._to_microseconds() % other._to_microseconds()
            return timedelta._from_microseconds(r)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return False

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) != 0
        return True

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def _cmp(self, other):
        return _cmp(self._getstate(), other._getstate())

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0 or self._microseconds != 0)

    def __reduce__(self):
        return (self.__class__, self._getstate())


timedelta.__module__ = 'datetime'
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)

