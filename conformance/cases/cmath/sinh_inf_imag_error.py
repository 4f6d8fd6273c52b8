import cmath
cmath.sinh(complex(0, float('inf')))
