import cmath
for z in [0, 1, 1j, -1, 2+3j, -0.5-0.25j, complex(1e-320, 0), complex(1e308, 1e308), complex(0.8, 0.6)]:
    print(z, cmath.exp(z), cmath.log(z) if z else None, cmath.log10(z) if z else None)
print(cmath.log(8, 2), cmath.log(-1), cmath.log10(-100), cmath.log(1j, 1j))
