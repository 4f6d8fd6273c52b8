import cmath
cmath.log(0)
