print(float('1.5'), float('  -2.25  '), float('1e3'), float('inf'), float('-Infinity'), float('nan'))
print(float('.5'), float('5.'), float('+1E-2'))
