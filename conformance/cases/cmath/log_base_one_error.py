import cmath
cmath.log(2, 1)
