def risky(n):
    if n == 1:
        raise ValueError("one")
    if n == 2:
        return {}["missing"]
    if n == 3:
        return [][5]
    if n == 4:
        return undefined_name
    if n == 5:
        return 1 / 0
    if n == 6:
        return int("xyz")
    if n == 7:
        return None.attr
    return "ok"
for i in range(8):
    try:
        print(risky(i))
    except (ValueError, KeyError) as e:
        print("VK", type(e).__name__, e, e.args)
    except LookupError as e:
        print("Lookup", type(e).__name__, e)
    except Exception as e:
        print("Exc", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally", i)
def fin():
    try:
        return "try"
    finally:
        print("cleanup")
print(fin())
def loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
loop()
class E1(Exception): pass
class E2(E1):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise E2(7)
except E1 as e:
    print(type(e).__name__, e, e.code, isinstance(e, Exception))
try:
    try:
        raise E1("a")
    except E1:
        raise E2(1)
except E2 as e:
    print("context:", type(e.__context__).__name__, e.__context__, e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__)
def gen_exc():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
g = gen_exc()
print(next(g))
g.close()
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
try:
    raise StopIteration(5)
except StopIteration as e:
    print("value", e.value)
e = None
try:
    pass
finally:
    print("no exc")
def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)
print(sys.exc_info()[0])
try:
    raise TypeError
except TypeError as e:
    print(type(e).__name__, str(e) == "")
print(OSError(2, "No such file").errno, issubclass(FileNotFoundError, OSError))
x = [1, 2]
del x[0]
print(x)
risky(2)
