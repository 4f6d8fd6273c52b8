# Comparisons, chains, membership, identity, boolean operators.
r = a < b
r = a <= b
r = a > b
r = a >= b
r = a == b
r = a != b
r = a is b
r = a is not b
r = a in b
r = a not in b
r = 0 < x < 10
r = a < b <= c > d >= e == f != g is h is not i in j not in k
r = a == b == c
r = not a
r = not not a
r = a and b
r = a or b
r = a and b and c
r = a or b or c
r = a and b or c and d
r = not a or not b and c
r = (a or b) and c
r = a if b else c
r = a if b else c if d else e
r = (a if b else c) if d else e
r = not a == b
r = not a in b
r = a < b and b < c or d
r = x is None or y is not None
r = [] == [] != {}
r = 1 < 2 < 3 < 4 < 5 < 6
