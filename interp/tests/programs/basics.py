# arithmetic, ints, floats, strings
print(1 + 2 * 3, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, 7 / 2)
print(10 ** 30, -(10 ** 20) // 7, (10 ** 20) % 7, 1 << 70, (1 << 70) >> 65)
print(0.1 + 0.2, 1e16, 1e-5, 1.5e300 * 1e10, -0.0, 3.0, 2.5 // 1, 7.5 % 2)
print(True + True, 5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1)
print(abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), pow(3, 4, 5), round(2.675, 2), round(3.5), round(4.5))
print(int("42"), int("-0x1f", 16), int(3.9), float("1.5"), str(12), repr("a'b"), repr('a"b'))
print(hex(255), oct(8), bin(5), chr(65), ord("a"), min(3, 1, 2), max([4, 9, 2]))
print("abc" * 3, "a" + "b", "hello"[1:4], "hello"[::-1], "hello"[-1], len("héllo"))
print("%d items cost %.2f, %s %r %5d|%-5d|%05.1f" % (3, 2.5, "x", "y", 42, 42, 3.14159))
print("{} + {} = {}".format(1, 2, 3), "{0:>5}|{1:<5}|{2:^5}".format("a", "b", "c"), "{:,}".format(1234567))
print(format(3.14159, ".3f"), format(255, "x"), format(1e100, "g"), "{:08.3f}".format(-3.5))
x = 5
x += 3
x *= 2
x -= 1
x //= 3
print(x, 1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, not 0, None is None, x is not None)
print(3 if x else 4, (lambda a, b=2: a * b)(4), [1, 2] + [3], (1,) * 3, 2 in [1, 2], "ab" in "cabd")
print(complex(1, 2) * complex(3, -1), 1j ** 2, abs(3 + 4j))
print(float("inf"), float("-inf"), float("nan") != float("nan"), 1e309)
print(int.__add__(1, 2), (5).__mul__(3), bool(""), bool([0]), bool(0.0))
