import statistics
# (stdev/pstdev are left out: 3.4 reports their empty data as variance/pvariance.)
# mode of empty data raises in every version (3.4 also raises for ties,
# 3.8+ returns the first mode, so ties are not checked here).
try:
    statistics.mode([])
except statistics.StatisticsError as e:
    print(type(e).__name__, e)
for f in (statistics.median, statistics.median_low, statistics.median_high, statistics.median_grouped):
    try:
        f([])
    except statistics.StatisticsError as e:
        print(f.__name__, e)
for f in (statistics.variance,):
    try:
        f([1])
    except statistics.StatisticsError as e:
        print(f.__name__, e)
for f in (statistics.pvariance,):
    try:
        f([])
    except statistics.StatisticsError as e:
        print(f.__name__, e)
print(issubclass(statistics.StatisticsError, ValueError))
statistics.mean([])
