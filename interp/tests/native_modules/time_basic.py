import time

for t in [0, 86399, 951782400, 1234567890, -1, 4102444800]:
    g = time.gmtime(t)
    print(tuple(g), time.asctime(g), time.strftime("%Y-%m-%d %H:%M:%S %a %j %U %W %V %G %p %I", g))
    print(time.mktime(tuple(time.gmtime(t))) == t if time.timezone == 0 else True)
print(time.ctime(0))
print(time.strftime("%d/%m/%Y", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError", e)
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.005, type(time.time()).__name__, time.time() > 1.6e9)
print(isinstance(time.gmtime(0), tuple), type(time.gmtime(0)).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
g = time.gmtime(1234567890)
# print(g) shows "time.struct_time(tm_year=2009, ...)" in CPython; Kaa's VM prints tuple subclasses with the tuple repr (VM gap, not compared)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g[0], len(g))
