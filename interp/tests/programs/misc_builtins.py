def key(x):
    return 1 / x
try:
    sorted([1, 0], key=key)
except ZeroDivisionError as e:
    print("ok", e)
print([str(x) for x in range(3)], list(x for x in "ab"))
class C:
    x = 1
    y = [x for _ in range(2)] if False else 3
print(C.y)
print(sum([0.1] * 10), 10 / 4, 2 ** 0.5, int("  42  "), float(" 1e3 "))
print("%s|%-6s|%6.2f|%x|%o|%e|%g" % ("a", "bc", 3.14159, 255, 8, 12345.678, 0.0001))
print(list(map(int, "1 2 3".split())), "".join(reversed("abc")), "a".join("xyz"))
import sys
print(type(sys.stdout).__name__, sys.version[:2])
def deep():
    return [x for x in [1, 2] if 1 / (x - 2)]
deep()
