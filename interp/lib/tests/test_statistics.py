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


def mean34(data):
    # 3.4: the exact sum rounded to float, then divided by n.
    return float(sum(F(x) for x in data)) / len(data)


def outcome(thunk):
    try:
        return repr(thunk())
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)


def ss34(data, c):
    ss = float(sum(F((x - c) ** 2) for x in data))
    ss -= float(sum(F(x - c) for x in data)) ** 2 / len(data)
    return ss


for data in float_sets:
    for name in ('median', 'median_low', 'median_high', 'median_grouped'):
        show("%s %r" % (name, data[:3]), lambda: getattr(st, name)(data))
    # python3 rounds once from the exact result; 3.4 rounds the sum first.
    m = mean34(data)
    n = len(data)
    check34("mean %r" % data[:3], lambda: st.mean(data), outcome(lambda: m))
    check34("variance %r" % data[:3], lambda: st.variance(data), outcome(lambda: ss34(data, m) / (n - 1)))
    check34("pvariance %r" % data[:3], lambda: st.pvariance(data), outcome(lambda: ss34(data, m) / n))
    check34("stdev %r" % data[:3], lambda: st.stdev(data), outcome(lambda: math.sqrt(ss34(data, m) / (n - 1))))
    check34("pstdev %r" % data[:3], lambda: st.pstdev(data), outcome(lambda: math.sqrt(ss34(data, m) / n)))
int_sets = [[1, 2, 3, 4], [2, 2, 3, 9, 10], [5], [10 ** 20, 1, 3], [-1, -2, -3, -4, -5, -6]]
for data in int_sets:
    for name in ('median', 'median_low', 'median_high'):
        show("%s %r" % (name, data), lambda: getattr(st, name)(data))
    if len(data) > 1:
        show("median_grouped %r" % data, lambda: st.median_grouped(data))
        m = mean34(data)
        n = len(data)
        check34("variance ints %r" % data, lambda: (st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data)),
                outcome(lambda: (ss34(data, m) / (n - 1), ss34(data, m) / n, math.sqrt(ss34(data, m) / (n - 1)), math.sqrt(ss34(data, m) / n))))
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
