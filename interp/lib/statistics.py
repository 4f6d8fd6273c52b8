"""Basic statistics functions (Kaa's Python 3.4 ``statistics``).

Sums are exact (kept as fractions per denominator) and converted back to
the data's type at the end, as in 3.4, so float results match CPython's.
Decimal data is recognised by its class name (there is no decimal module
to import here).
"""

__all__ = ['StatisticsError',
           'pstdev', 'pvariance', 'stdev', 'variance',
           'median', 'median_low', 'median_high', 'median_grouped',
           'mean', 'mode',
           ]

import collections
import math

from fractions import Fraction


class StatisticsError(ValueError):
    pass


def _is_decimal_type(T):
    return any(klass.__name__ == 'Decimal' and klass.__module__ in ('decimal', '_decimal', '_pydecimal')
               for klass in T.__mro__)


def _decimal_to_ratio(d):
    """Convert a Decimal d to an exact (numerator, denominator) pair."""
    sign, digits, exp = d.as_tuple()
    if exp in ('F', 'n', 'N'):
        # INF, NAN, sNAN
        if d.is_finite():
            raise AssertionError
        raise ValueError
    num = 0
    for digit in digits:
        num = num * 10 + digit
    if exp < 0:
        den = 10 ** -exp
    else:
        num *= 10 ** exp
        den = 1
    if sign:
        num = -num
    return (num, den)


def _exact_ratio(x):
    """Convert a real number x exactly to (numerator, denominator) pair.

    Infinities and NANs come back as (x, None).
    """
    try:
        try:
            return (x.numerator, x.denominator)
        except AttributeError:
            try:
                return x.as_integer_ratio()
            except AttributeError:
                try:
                    return _decimal_to_ratio(x)
                except AttributeError:
                    msg = "can't convert type '{}' to numerator/denominator"
                    raise TypeError(msg.format(type(x).__name__))
    except (OverflowError, ValueError):
        return (x, None)


def _coerce_types(T1, T2):
    """Coerce types T1 and T2 to a common type."""
    if T1 is T2:
        return T1
    if T1 is int:
        return T2
    if T2 is int:
        return T1
    if issubclass(T2, T1):
        return T2
    if issubclass(T1, T2):
        return T1
    if issubclass(T2, float):
        return T2
    if issubclass(T1, float):
        return T1
    raise TypeError('cannot coerce types %r and %r' % (T1, T2))


def _sum(data, start=0):
    """_sum(data [, start]) -> value

    Return a high-precision sum of the given numeric data, in the coerced
    type of the data.
    """
    n, d = _exact_ratio(start)
    T = type(start)
    partials = {d: n}
    partials_get = partials.get
    for x in data:
        T = _coerce_types(T, type(x))
        n, d = _exact_ratio(x)
        partials[d] = partials_get(d, 0) + n
    if None in partials:
        # An infinity or NAN was seen; it dominates the sum.
        return T(partials[None])
    total = Fraction()
    for d, n in sorted(partials.items()):
        total += Fraction(n, d)
    if issubclass(T, int):
        return T(total.numerator)
    if _is_decimal_type(T):
        return T(total.numerator) / total.denominator
    return T(total)


def _counts(data):
    # The items of data with the highest count, most common first.
    table = collections.Counter(iter(data)).most_common()
    if not table:
        return table
    maxfreq = table[0][1]
    for i in range(1, len(table)):
        if table[i][1] != maxfreq:
            table = table[:i]
            break
    return table


def mean(data):
    """Return the sample arithmetic mean of data.

    If ``data`` is empty, StatisticsError will be raised.
    """
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _sum(data) / n


def median(data):
    """Return the median (middle value) of numeric data.

    When the number of data points is even, the median is interpolated by
    taking the average of the two middle values.
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """Return the 50th percentile (median) of grouped continuous data.

    The data are taken as class intervals of width ``interval`` centred on
    the data values.
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    elif n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % obj)
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    cf = data.index(x)
    f = data.count(x)
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Return the most common data point from discrete or nominal data.

    If there is not exactly one most common value, ``mode`` will raise
    StatisticsError.
    """
    table = _counts(data)
    if len(table) == 1:
        return table[0][0]
    elif table:
        raise StatisticsError(
            'no unique mode; found %d equally common values' % len(table))
    raise StatisticsError('no mode for empty data')


def _ss(data, c=None):
    """Return sum of square deviations of sequence data."""
    if c is None:
        c = mean(data)
    ss = _sum((x - c) ** 2 for x in data)
    # The correction term is zero in exact arithmetic; it absorbs rounding.
    ss -= _sum((x - c) for x in data) ** 2 / len(data)
    if ss < 0:
        raise AssertionError('negative sum of square deviations: %f' % ss)
    return ss


def variance(data, xbar=None):
    """Return the sample variance of data.

    Use the optional xbar argument if the mean of data is already known.
    """
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    ss = _ss(data, xbar)
    return ss / (n - 1)


def pvariance(data, mu=None):
    """Return the population variance of ``data``.

    Use the optional mu argument if the mean of data is already known.
    """
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    ss = _ss(data, mu)
    return ss / n


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    var = variance(data, xbar)
    try:
        return var.sqrt()
    except AttributeError:
        return math.sqrt(var)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    var = pvariance(data, mu)
    try:
        return var.sqrt()
    except AttributeError:
        return math.sqrt(var)
