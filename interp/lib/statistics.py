"""Basic statistics functions (Kaa's Python 3.4 ``statistics``).

Sums are exact (kept as fractions per denominator); mean and the variances
divide exactly (the variances measure deviations from the exact mean) and
convert back to the data's type only at the end, so float results are the
correctly rounded ones CPython 3.11 prints (3.4 rounded the mean first and
can differ in the last digit).
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
    """Convert a real number x exactly to a (numerator, denominator) pair.

    Infinities and NANs come back as (x, None).
    """
    try:
        if type(x) is float:
            return x.as_integer_ratio()
        try:
            return (x.numerator, x.denominator)
        except AttributeError:
            try:
                return x.as_integer_ratio()
            except AttributeError:
                try:
                    return _decimal_to_ratio(x)
                except AttributeError:
                    pass
    except (OverflowError, ValueError):
        return (x, None)
    msg = "can't convert type '{}' to numerator/denominator"
    raise TypeError(msg.format(type(x).__name__))


def _coerce_types(T1, T2):
    """Coerce types T1 and T2 to a common type (3.4's rules and message)."""
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
    """_sum(data [, start]) -> (type, exact total, count)

    The total is a Fraction (or an infinity/NAN of the data's type); the type
    is the one the result is converted back to.
    """
    count = 0
    n, d = _exact_ratio(start)
    partials = {d: n}
    partials_get = partials.get
    T = type(start)
    previous = None
    for x in data:
        typ = type(x)
        if typ is not previous:
            T = _coerce_types(T, typ)
            previous = typ
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials_get(d, 0) + n
    if None in partials:
        # An infinity or NAN was seen; it dominates the sum.
        total = partials[None]
    else:
        total = Fraction()
        for d, n in sorted(partials.items()):
            total += Fraction(n, d)
    return (T, total, count)


def _convert(value, T):
    """Convert the exact value to type T; int data gives a float, as 3.4's
    true division did."""
    if type(value) is T:
        return value
    if issubclass(T, int):
        return float(value)
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


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
    T, total, count = _sum(data)
    return _convert(total / n, T)


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
    """Return (type, exact sum of square deviations) of sequence data.

    Without c the deviations are taken from the exact mean (sums of x and
    x*x kept as fractions), so the result is exact until the final
    conversion; with c they are taken from c as given.
    """
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return (T, total)
    T = int
    previous = None
    count = 0
    sx = {}
    sxx = {}
    for x in data:
        typ = type(x)
        if typ is not previous:
            T = _coerce_types(T, typ)
            previous = typ
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            sx[None] = n
            continue
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if None in sx:
        # An infinity or NAN dominates.
        return (T, sx[None])
    total_x = Fraction()
    for d, n in sorted(sx.items()):
        total_x += Fraction(n, d)
    total_xx = Fraction()
    for d, n in sorted(sxx.items()):
        total_xx += Fraction(n, d * d)
    return (T, (count * total_xx - total_x * total_x) / count)


def variance(data, xbar=None):
    """Return the sample variance of data.

    Use the optional xbar argument if the mean of data is already known.
    """
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    T, ss = _ss(data, xbar)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of ``data``.

    Use the optional mu argument if the mean of data is already known.
    """
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, ss = _ss(data, mu)
    return _convert(ss / n, T)


def _isqrt(n):
    """The integer square root of n >= 0 (Newton's method from above)."""
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _sqrt_round_to_odd(n, m):
    """floor(sqrt(n / m)), with the low bit set when it is inexact."""
    a = _isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_fraction(value):
    """The correctly rounded float square root of a non-negative Fraction.

    Scales the fraction so its square root keeps more than twice the 53
    float bits, rounds that to odd, then lets int / int round once.
    """
    n, m = value.numerator, value.denominator
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return (_sqrt_round_to_odd(n, m << (2 * q)) << q) / 1
    return _sqrt_round_to_odd(n << (-2 * q), m) / (1 << -q)


def _sqrt_of(T, exact):
    """stdev/pstdev: the square root of the exact variance."""
    if _is_decimal_type(T):
        return _convert(exact, T).sqrt()
    if isinstance(exact, Fraction):
        return _float_sqrt_of_fraction(exact)
    return math.sqrt(_convert(exact, T))


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    T, ss = _ss(data, xbar)
    exact = ss / (n - 1)
    return _sqrt_of(T, exact)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, ss = _ss(data, mu)
    exact = ss / n
    return _sqrt_of(T, exact)
