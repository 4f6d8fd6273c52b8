import math
print(sorted(n for n in dir(math) if not n.startswith('_') and n not in ('gcd', 'isclose', 'inf', 'nan', 'tau', 'isqrt', 'prod', 'remainder', 'comb', 'perm', 'lcm', 'cbrt', 'exp2', 'ulp', 'nextafter', 'dist')))
