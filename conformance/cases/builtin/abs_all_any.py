print(abs(-3), abs(-2.5), abs(3 + 4j), all([1, 1]), any([0, 0]), all(''), any('a'))
