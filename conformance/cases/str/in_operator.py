print('b' in 'abc', 'bc' in 'abc', '' in 'abc', 'x' not in 'abc', 'ABC' in 'abc')
