# Bitwise and shift operators are not defined for floats: the TypeError
# names each operand's own type (bool, int, float, str), in order.
cases = [
    lambda: 1 << 0.5, lambda: 0.5 >> 2, lambda: True | 1.5, lambda: 1.5 & True,
    lambda: 2.5 ^ 3, lambda: 7 & 2.0, lambda: 1.5 | 2.5, lambda: "s" ^ 1.5,
    lambda: 1.5 << 10**30,
]
for make in cases:
    try:
        make()
    except TypeError as e:
        print(e)
print(5 & 3, 5 | True, 1 << 3, 2.5 * 2, 7 // 2.0)
