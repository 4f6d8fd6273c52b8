# Argument errors of built-in functions that 3.4 and 3.11 word alike.
for f in [lambda: globals(1), lambda: locals(1), lambda: round(1, 2, 3),
          lambda: setattr(1, 2, 3), lambda: delattr(1, 2), lambda: property(1, 2, 3, 4, 5),
          lambda: float.fromhex(1), lambda: __build_class__(1, 2),
          lambda: __build_class__(lambda: 0, 1), lambda: __build_class__(lambda: 0)]:
    try:
        f()
    except TypeError as e:
        print(e)
print(round(2.5, ndigits=None) if False else round(number=2.5), property(fget=len).fget)
print(complex(real=1, imag=2), staticmethod(len).__func__, classmethod(len).__func__)
setattr([], 3, 4)
