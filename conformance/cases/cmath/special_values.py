import cmath
inf, nan = float('inf'), float('nan')
for z in [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(inf, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan), complex(inf, nan), complex(-inf, 2), complex(2, -inf)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.acos(z), cmath.asinh(z), cmath.atanh(z))
print(cmath.exp(complex(-inf, 1)), cmath.exp(complex(inf, 0)), cmath.tanh(complex(inf, 1)), cmath.cosh(complex(inf, 0)), cmath.sinh(complex(-inf, 2)))
