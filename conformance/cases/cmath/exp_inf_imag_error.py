import cmath
cmath.exp(complex(1, float('inf')))
