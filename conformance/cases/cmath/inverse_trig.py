import cmath
for z in [0.5, 2, -2, 1+1j, -1-2j, 3j, complex(1e300, 1e300), complex(-1e300, 1e-300)]:
    print(z, cmath.acos(z), cmath.asin(z), cmath.atan(z))
