class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, *a):
        print("exit", self.name, a[0].__name__ if a[0] else None)
        return False
def f():
    with CM("a") as a, CM("b") as b:
        print("body", a, b)
        return "ret"
print(f())
for i in range(3):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with CM("x"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def g():
    try:
        yield 1
    finally:
        print("cleanup g")
for v in g():
    print(v)
    break
print("done")
import math
print(math.sqrt(2), math.floor(-1.5))
print(round(0.5), round(1.5), round(-0.5), round(2.5, 0), 1e-7, 123e20)
x = [3, 1, 2]
print(sorted(x), x.sort(), x, min([], default=7), max(1, 2, key=lambda v: -v))
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 2 ** 100 % 7, (-3) ** 3)
print(str(b"ab"), repr(b"\x00\xff"), "\t|".expandtabs(4), "%c" % 65, "%%")
