# Repeating a sequence past the largest index-sized length fails cleanly
# (MemoryError / OverflowError), on either side of the operator.
for make in (lambda: [1, 2] * 2**62, lambda: 2**62 * [1, 2], lambda: (7, 8) * 2**62,
             lambda: "ab" * 2**62, lambda: 2**100 * [1], lambda: [1] * 2**100,
             lambda: (1,) * 2**100):
    try:
        make()
        print("no error")
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
print([1, 2] * 3, 3 * (0,), "ab" * 2, [5] * -3, -1 * "x")
x = [1, 2]
try:
    x *= 2**62
except MemoryError as e:
    print("MemoryError", repr(str(e)), x)
for make in (lambda: [5] * -2**100, lambda: -2**100 * "x"):
    try:
        make()
    except OverflowError as e:
        print("OverflowError", e)
y = [3]
try:
    y *= 2**100
except OverflowError as e:
    print("OverflowError", e, y)
