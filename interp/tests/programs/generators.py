def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i += got
        i += 1
    return "done"
g = count(10)
print(next(g), g.send(3), next(g))
print(list(count(3)))
def deleg():
    r = yield from count(2)
    print("returned", r)
    yield "end"
print(list(deleg()))
def inner():
    try:
        yield 1
    except ValueError as e:
        yield "caught %s" % e
g = inner()
print(next(g), g.throw(ValueError("v")))
squares = (x * x for x in range(6) if x % 2 == 0)
print(sum(squares), list(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import sys
f = fib()
print([next(f) for _ in range(10)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
print(list(zip("abc", range(5))), list(enumerate("xy", 1)), list(map(lambda a, b: a + b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, 2, 0])), list(reversed([1, 2, 3])), any(x > 2 for x in [1, 3]), all([]))
it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"))
def stop_early():
    yield 1
    return
    yield 2
print(list(stop_early()))
gen = count(5)
print(type(gen).__name__, iter(gen) is gen)
def g2():
    x = yield
    print("got", x)
c = g2(); next(c)
try:
    c.send("hi")
except StopIteration:
    print("stopped")
