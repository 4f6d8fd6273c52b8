# An exception in a `return` expression inside nested try statements is
# handled by the innermost matching handler.
def ratio(x):
    try:
        try:
            return (x.numerator, x.denominator)
        except AttributeError:
            try:
                return x.as_integer_ratio()
            except AttributeError:
                raise TypeError("no ratio")
    except (OverflowError, ValueError):
        return (x, None)

print(ratio(3), ratio(1.5))
try:
    ratio("s")
except TypeError as e:
    print("TypeError", e)
print(ratio(float("inf")))

def layered(n):
    try:
        try:
            try:
                return 1 // n
            except ZeroDivisionError:
                return "inner"
        finally:
            print("finally", n)
    except TypeError:
        return "outer"

print(layered(0), layered(1), layered("x"))
