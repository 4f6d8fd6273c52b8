import textwrap
import statistics
import heapq
import bisect
from string import Template, ascii_lowercase, capwords

scores = {'alice': [88, 92, 79], 'bob': [65, 70, 72.5], 'carol': [95, 98, 100], 'dave': [50, 61, 58]}
print("%-8s %6s %6s %6s" % ("name", "mean", "median", "stdev"))
for name in sorted(scores):
    s = scores[name]
    print("%-8s %6.2f %6.1f %6.3f" % (name, statistics.mean(s), statistics.median(s), statistics.stdev(s)))
allv = [v for s in scores.values() for v in s]
print(statistics.mean(allv), statistics.median(sorted(allv)), statistics.pvariance([1, 2, 3, 4]))
print(statistics.mode([1, 2, 2, 3]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.variance([2.5, 3.5, 4.0]), statistics.pstdev([1, 1, 1]))
try:
    statistics.mode([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
top = heapq.nlargest(2, scores, key=lambda n: sum(scores[n]))
low = heapq.nsmallest(2, allv)
print(top, low)
grades = [60, 70, 80, 90]
letters = 'FDCBA'
for sc in [33, 60, 75, 89.9, 90, 100]:
    print(sc, letters[bisect.bisect(grades, sc)], end='; ')
print()
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.dedent("""\
    first
      second
    third"""))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.fill("short", 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
t = Template("$who likes ${what}; cost $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(capwords("hello   world  foo"), ascii_lowercase[:5])
print("{0:^11}|{1:*<6}|{2:#x}|{3:+.1e}|{4:08.3f}|{5:,d}".format("mid", "l", 255, 12345.678, -3.14159, 10**9))
print("%5s|%-5s|%05d|%x|%o|%e|%g|%g|%%|%c" % ("ab", "cd", 42, 255, 8, 1234.5, 0.00001234, 1e20, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("{name!r:>10} {0[1]} {1.real}".format([1, 2], 3j, name="x"))
print(format(0.1, '.20f'), format(1e-7), format(123456789.0), format(1.5e16), str(1e16), repr(2.0**62))
print("a\tb".expandtabs(4), "Title Case".swapcase(), "x".center(6, '-'), "42".zfill(5), "-42".zfill(5))
