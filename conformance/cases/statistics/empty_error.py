import statistics
try:
    statistics.mode([1, 1, 2, 2])
except statistics.StatisticsError as e:
    print(type(e).__name__)
statistics.mean([])
