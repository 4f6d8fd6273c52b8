import cmath
for z in [0, 1, 1j, 2-3j, -0.5+0.25j, complex(710, 1), complex(-800, 0.5)]:
    print(z, cmath.cos(z), cmath.sin(z), cmath.tan(z), cmath.cosh(z), cmath.sinh(z), cmath.tanh(z))
