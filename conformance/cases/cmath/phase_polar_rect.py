import cmath
for x in (-1.0, -0.0, 0.0, 1.0):
    print([cmath.phase(complex(x, y)) for y in (-1.0, -0.0, 0.0, 1.0)])
print(cmath.phase(complex(float('inf'), float('-inf'))), cmath.phase(complex(float('-inf'), 1)))
print(cmath.polar(1j), cmath.polar(-1), cmath.polar(3+4j), cmath.polar(2))
print(cmath.rect(1, cmath.pi / 2), cmath.rect(2, 0), cmath.rect(2, -0.0), cmath.rect(-1, 1), cmath.rect(float('inf'), 1), cmath.rect(0, float('inf')))
