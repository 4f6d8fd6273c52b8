import cmath, math
print(cmath.isnan(complex(1, float('nan'))), cmath.isinf(complex(float('inf'), 0)), cmath.isfinite(1+1j), cmath.isfinite(1), cmath.isinf(5), cmath.isnan(2.0))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.pi, cmath.e)
print(sorted(n for n in dir(cmath) if not n.startswith('_') and n not in ('inf', 'infj', 'nan', 'nanj', 'isclose', 'tau')))
