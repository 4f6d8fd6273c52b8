import cmath
for z in [-1, complex(-1, 0.0), complex(-1, -0.0), 4, 1+2j, -3-4j, 1j, complex(0.0, -0.0), complex(1e-310, 1e-310), complex(1e308, 1e308)]:
    print(z, cmath.sqrt(z))
