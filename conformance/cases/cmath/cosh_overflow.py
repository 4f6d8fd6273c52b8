import cmath
cmath.cosh(complex(1000, 1))
