print(sorted({x % 5 for x in range(20)}), sorted({c for c in 'mississippi'}))
