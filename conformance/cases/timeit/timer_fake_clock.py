# a custom timer: the result is the clock difference around the loop
import timeit
ticks = iter([10.0, 12.5, 100.0, 101.0, 5.0, 5.25])
def clock():
    return next(ticks)
t = timeit.Timer("y = 1", timer=clock)
print(t.timeit(number=7), t.repeat(repeat=2, number=1))
n = [0]
def counting():
    n[0] += 1
    return float(n[0])
timeit.timeit("z = 0", timer=counting, number=1000)
print(n[0])
