def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "finished"

for x in countdown(3):
    print(x)

def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            if v is None:
                break
            received.append(v)
    except GeneratorExit:
        print("closed with", received)
        raise
    finally:
        print("cleanup")
    return received

g = echo()
print(next(g), g.send('a'), g.send('b'))
g.close()
g = echo()
next(g)
g.send(1)
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)

def delegator():
    r = yield from countdown(2)
    print("sub returned", r)
    yield "after"
print(list(delegator()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(list(itertools.takewhile(lambda x: x < 50, fib())))
squares = (x * x for x in range(5))
print(squares.__class__.__name__, sum(squares), sum(squares))
def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
t = thrower()
print(next(t), t.throw(ValueError("boom")))
try:
    next(t)
except StopIteration:
    print("exhausted")
gen = countdown(1)
print(gen.__name__, hasattr(gen, '__next__'), iter(gen) is gen)
def pipeline(lines):
    stripped = (l.strip() for l in lines)
    nonempty = (l for l in stripped if l)
    upper = map(str.upper, nonempty)
    return list(enumerate(upper, 1))
print(pipeline(["  a ", "", "b", "   ", "c  "]))
def chunked(it, n):
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunked(range(7), 3)))
g = (i for i in range(3))
next(g)
print(list(g), list(g))
def gen_exc():
    yield 1
    raise KeyError('inside')
try:
    for v in gen_exc():
        print("v", v)
except KeyError as e:
    print("KeyError from generator", e)
