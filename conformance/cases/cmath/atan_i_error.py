import cmath
print(cmath.atan(2j))
cmath.atan(1j)
