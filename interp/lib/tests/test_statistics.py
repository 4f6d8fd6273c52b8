# substitute: statistics, fractions
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
import random
from kaa_check import show, py34, check34

rng = random.Random(3)
float_sets = [[rng.uniform(-100, 100) for _ in range(rng.randrange(2, 30))] for _ in range(20)]
float_sets += [[0.1] * 10, [1e300, 1e300, -1e300], [1.5, 2.5, 3.5, 4.5], [1e-300, 2e-300]]
import math


def exact_ss(data):
    # The exact sum of squared deviations from the exact mean.
    m = sum(F(x) for x in data) / len(data)
    return sum((F(x) - m) ** 2 for x in data)


def sqrt_cr(q):
    # The correctly rounded float square root of a Fraction.
    n, d = q.numerator, q.denominator
    k = (n.bit_length() - d.bit_length() - 109) // 2
    if k >= 0:
        a = math.isqrt(n // (d << 2 * k))
        a |= a * a * (d << 2 * k) != n
        return (a << k) / 1
    a = math.isqrt((n << -2 * k) // d)
    a |= a * a * d != n << -2 * k
    return a / (1 << -k)


def outcome(thunk):
    try:
        return repr(thunk())
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)


for data in float_sets:
    for name in ('median', 'median_low', 'median_high', 'median_grouped'):
        show("%s %r" % (name, data[:3]), lambda: getattr(st, name)(data))
    # Kaa, like python3, rounds once from the exact mean and variance (3.4.0
    # rounded the sum and the mean first; see interp/lib/statistics.py).
    for name in ('mean', 'variance', 'pvariance', 'stdev', 'pstdev'):
        show("%s %r" % (name, data[:3]), lambda: getattr(st, name)(data))
int_sets = [[1, 2, 3, 4], [2, 2, 3, 9, 10], [5], [10 ** 20, 1, 3], [-1, -2, -3, -4, -5, -6]]
for data in int_sets:
    for name in ('median', 'median_low', 'median_high'):
        show("%s %r" % (name, data), lambda: getattr(st, name)(data))
    if len(data) > 1:
        show("median_grouped %r" % data, lambda: st.median_grouped(data))
        n = len(data)
        ss = exact_ss(data)
        # int data gives floats, as 3.4's true division did (python3 may give ints)
        check34("variance ints %r" % data, lambda: (st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data)),
                outcome(lambda: (float(ss / (n - 1)), float(ss / n), sqrt_cr(ss / (n - 1)), sqrt_cr(ss / n))))
py34("median_grouped one", lambda: st.median_grouped([5]), "5")  # 3.4 returns data[0] unchanged
show("mean ints even", lambda: st.mean([1, 2, 3, 4]))
py34("mean ints exact", lambda: st.mean([1, 2, 3]), "2.0")  # 3.4: _sum(data)/n is true division
show("fractions", lambda: (st.mean([F(1, 2), F(1, 3)]), st.variance([F(1, 2), F(1, 3), F(5, 4)]), st.median([F(1, 2), F(3, 2)])))
show("decimals", lambda: (st.mean([D('1.5'), D('2.25')]), st.variance([D('1.5'), D('2.25'), D('3')]), st.stdev([D('1'), D('2'), D('4')])))
show("mixed", lambda: (st.mean([1, 2.5, F(1, 2)]), st.pvariance([1, F(1, 2)])))
py34("mix error", lambda: st.mean([F(1, 2), D('1.5')]), "TypeError: cannot coerce types <class 'fractions.Fraction'> and <class 'decimal.Decimal'>")
show("bad type", lambda: st.mean(['a', 'b']))
show("inf", lambda: (st.mean([1.0, float('inf')]), st.mean([float('inf'), float('-inf')])))
show("mean empty", lambda: st.mean([]))
show("variance one", lambda: st.variance([1]))
show("pvariance empty", lambda: st.pvariance([]))
show("median empty", lambda: st.median([]))
show("median_low empty", lambda: st.median_low([]))
show("median_high empty", lambda: st.median_high([]))
show("median_grouped empty", lambda: st.median_grouped([]))
show("median_grouped interval", lambda: (st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2)))
py34("median_grouped str", lambda: st.median_grouped(['a', 'b']), "TypeError: expected number but got 'b'")
py34("median_grouped one str", lambda: st.median_grouped(['x']), "'x'")
show("median iter", lambda: st.median(iter([3, 1, 2])))
show("mode", lambda: (st.mode([1, 1, 2, 3, 3, 3]), st.mode('aabbbc'), st.mode(['red', 'blue', 'red'])))
py34("mode tie", lambda: st.mode([1, 1, 2, 2]), "StatisticsError: no unique mode; found 2 equally common values")
show("mode empty", lambda: st.mode([]))
show("xbar", lambda: (st.variance([1, 2, 3, 4], 2.5), st.pvariance([1.0, 2.0, 3.0], mu=2.0), st.stdev([2, 4, 4, 4, 5, 5, 7, 9], 5)))
show("iterators", lambda: (st.mean(iter([1.0, 2.0])), st.variance(iter([1.0, 2.0, 4.0])), st.pstdev(x for x in [1.0, 5.0])))
show("error class", lambda: (issubclass(st.StatisticsError, ValueError), st.StatisticsError.__name__))
