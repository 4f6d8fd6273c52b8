import cmath
cmath.rect(1, float('inf'))
