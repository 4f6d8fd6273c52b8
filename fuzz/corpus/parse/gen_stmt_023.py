# Generated: nested statement trees, set 23.
snake_case_name, y = - (000 % "d")
print[True:5e-324:False,] = 0e+174 * größe

y, größe = a, *b = ~node - result / 'a' 'b'

if (j or b) << (not 91676718159951328695238915813036297):
    pass
