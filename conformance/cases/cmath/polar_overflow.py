import cmath
cmath.polar(complex(1e308, 1e308))
