import cmath
for z in [0.5, 2, -2, 1+1j, -1-2j, 3j, 0, complex(1e300, -1e300), complex(1, 1e-200)]:
    print(z, cmath.acosh(z), cmath.asinh(z), cmath.atanh(z))
