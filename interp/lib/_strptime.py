"""strptime for datetime (Kaa's Python 3.4 ``_strptime``), C locale only.

The format is matched by a small backtracking matcher whose alternatives
follow the order of CPython's regular expressions, so the same text parses
the same way; matching is case-insensitive and any whitespace in the format
matches one or more whitespace characters.
"""

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december']
_MONTH_ABBRS = [m[:3] for m in _MONTHS]
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_DAY_ABBRS = [d[:3] for d in _DAYS]

# Alternatives tried in order; 'D' is a decimal digit, [..] a class.
_NUMERIC = {
    'd': ['3[01]', '[12]D', '0[1-9]', '[1-9]', ' [1-9]'],
    'f': ['DDDDDD', 'DDDDD', 'DDDD', 'DDD', 'DD', 'D'],
    'H': ['2[0-3]', '[0-1]D', 'D'],
    'I': ['1[0-2]', '0[1-9]', '[1-9]'],
    'j': ['36[0-6]', '3[0-5]D', '[12]DD', '0[1-9]D', '00[1-9]', '[1-9]D', '0[1-9]', '[1-9]'],
    'm': ['1[0-2]', '0[1-9]', '[1-9]'],
    'M': ['[0-5]D', 'D'],
    'S': ['6[0-1]', '[0-5]D', 'D'],
    'U': ['5[0-3]', '[0-4]D', 'D'],
    'W': ['5[0-3]', '[0-4]D', 'D'],
    'w': ['[0-6]'],
    'y': ['DD'],
    'Y': ['DDDD'],
    'z': ['[+-]DD[0-5]D'],
}


def _by_length(words):
    return sorted(words, key=len, reverse=True)


_NAMES = {
    'a': _by_length(_DAY_ABBRS),
    'A': _by_length(_DAYS),
    'b': _by_length(_MONTH_ABBRS),
    'B': _by_length(_MONTHS),
    'p': ['am', 'pm'],
    'Z': ['utc', 'gmt'],
}
_NAMES['h'] = _NAMES['b']

_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _compile_alternative(pattern):
    """Turn 'D[0-5]x' into a list of predicates on one character."""
    elements = []
    position = 0
    while position < len(pattern):
        char = pattern[position]
        if char == 'D':
            elements.append(lambda c: c.isdecimal())
            position += 1
        elif char == '[':
            end = pattern.index(']', position)
            body = pattern[position + 1:end]
            allowed = set()
            index = 0
            while index < len(body):
                if index + 2 < len(body) and body[index + 1] == '-':
                    for code in range(ord(body[index]), ord(body[index + 2]) + 1):
                        allowed.add(chr(code))
                    index += 3
                else:
                    allowed.add(body[index])
                    index += 1
            elements.append(lambda c, allowed=frozenset(allowed): c in allowed)
            position = end + 1
        else:
            elements.append(lambda c, expected=char: c == expected)
            position += 1
    return elements


_COMPILED = dict((code, [_compile_alternative(p) for p in patterns])
                 for code, patterns in _NUMERIC.items())


def _tokenize(format):
    tokens = []
    position = 0
    size = len(format)
    while position < size:
        char = format[position]
        if char == '%':
            if position + 1 >= size:
                raise ValueError("stray %% in format '%s'" % format)
            code = format[position + 1]
            position += 2
            if code in _EXPANSIONS:
                tokens.extend(_tokenize(_EXPANSIONS[code]))
            elif code == '%':
                tokens.append(('lit', '%'))
            elif code in _COMPILED or code in _NAMES:
                tokens.append(('dir', code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, format))
        elif char.isspace():
            while position < size and format[position].isspace():
                position += 1
            tokens.append(('ws', None))
        else:
            tokens.append(('lit', char))
            position += 1
    return tokens


def _candidates(code, text, position):
    """Yield the end positions of each alternative of directive code at position."""
    if code in _NAMES:
        lowered = text[position:position + 9].lower()
        for word in _NAMES[code]:
            if lowered.startswith(word):
                yield position + len(word)
        return
    size = len(text)
    for elements in _COMPILED[code]:
        end = position + len(elements)
        if end > size:
            continue
        for offset, check in enumerate(elements):
            if not check(text[position + offset]):
                break
        else:
            yield end


def _match(tokens, index, text, position, found):
    """Backtracking match; return the end position or -1."""
    if index == len(tokens):
        return position
    kind, value = tokens[index]
    if kind == 'lit':
        if position < len(text) and text[position].lower() == value.lower():
            return _match(tokens, index + 1, text, position + 1, found)
        return -1
    if kind == 'ws':
        end = position
        while end < len(text) and text[end].isspace():
            end += 1
        # \s+ is greedy: try the longest run first.
        while end > position:
            result = _match(tokens, index + 1, text, end, found)
            if result >= 0:
                return result
            end -= 1
        return -1
    for end in _candidates(value, text, position):
        previous = found.get(value)
        found[value] = text[position:end]
        result = _match(tokens, index + 1, text, end, found)
        if result >= 0:
            return result
        if previous is None:
            del found[value]
        else:
            found[value] = previous
    return -1


def _week_to_julian(year, week_of_year, day_of_week, week_starts_monday):
    """Day of the year for a %U/%W week number and a weekday (Monday = 0)."""
    import datetime as _datetime
    first_weekday = _datetime.date(year, 1, 1).weekday()
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    week_0_length = (7 - first_weekday) % 7
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return (9 time-tuple fields, fraction, tzname, gmtoff) for data_string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    tokens = _tokenize(format)
    found = {}
    end = _match(tokens, 0, data_string, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    tzname = None
    gmtoff = None
    weekday = julian = None
    week_of_year = -1
    week_starts_monday = True
    for code, text in found.items():
        if code == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif code == 'Y':
            year = int(text)
        elif code == 'm':
            month = int(text)
        elif code == 'B':
            month = _MONTHS.index(text.lower()) + 1
        elif code in ('b', 'h'):
            month = _MONTH_ABBRS.index(text.lower()) + 1
        elif code == 'd':
            day = int(text)
        elif code == 'H':
            hour = int(text)
        elif code == 'I':
            hour = int(text)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif code == 'M':
            minute = int(text)
        elif code == 'S':
            second = int(text)
        elif code == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif code == 'A':
            weekday = _DAYS.index(text.lower())
        elif code == 'a':
            weekday = _DAY_ABBRS.index(text.lower())
        elif code == 'w':
            weekday = int(text)
            weekday = 6 if weekday == 0 else weekday - 1
        elif code == 'j':
            julian = int(text)
        elif code in ('U', 'W'):
            week_of_year = int(text)
            week_starts_monday = code == 'W'
        elif code == 'z':
            offset = int(text[1:3]) * 60 + int(text[3:5])
            gmtoff = offset * 60
            if text.startswith('-'):
                gmtoff = -gmtoff
        elif code == 'Z':
            tzname = text
            tz = 0
    import datetime as _datetime
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that February 29 is valid
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and week_of_year != -1 and weekday is not None:
        julian = _week_to_julian(year, week_of_year, weekday, week_starts_monday)
        if julian <= 0:
            year -= 1
            julian += 366 if _datetime.date(year, 12, 31).timetuple()[7] == 366 else 365
    first_of_year = _datetime.date(year, 1, 1).toordinal()
    if julian is None:
        julian = _datetime.date(year, month, day).toordinal() - first_of_year + 1
    else:
        day_obj = _datetime.date.fromordinal(julian - 1 + first_of_year)
        year, month, day = day_obj.year, day_obj.month, day_obj.day
    if weekday is None:
        weekday = _datetime.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    fields = (year, month, day, hour, minute, second, weekday, julian, tz)
    return fields, fraction, tzname, gmtoff


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a time.struct_time for data_string."""
    import time
    return time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a cls instance based on the input string and the format string."""
    import datetime as _datetime
    fields, fraction, tzname, gmtoff = _strptime(data_string, format)
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = _datetime.timedelta(seconds=gmtoff)
        if tzname:
            tz = _datetime.timezone(tzdelta, tzname)
        else:
            tz = _datetime.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
