print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0], [c.upper() for c in 'ab'])
