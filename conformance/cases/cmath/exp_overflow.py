import cmath
print(cmath.exp(complex(709, 0)))
cmath.exp(1000)
