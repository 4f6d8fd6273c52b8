# A negative float base with a non-integral exponent gives a complex result
# (float_pow hands it to complex pow), which can overflow.
print(pow(-2.0, 0.5))
print((-8) ** (1 / 3))
print(pow(-2, 0.5), (-1.0) ** 2.5, (-4.0) ** -0.5)
print(pow(-2.0, 3.0), pow(-2, 2.0), (-0.5) ** 1001.0)
for f in [lambda: pow(-2, 2000.5), lambda: (-10.0) ** 400.5, lambda: pow(-1e300, 1.5),
          lambda: (-2.0) ** 1e10, lambda: 0.0 ** -1.5]:
    try:
        print(f())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
pow(-2, 2000.5)
