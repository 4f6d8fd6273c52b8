print('aaaa'.count('aa'), 'ababab'.count('aba'), 'abc'.count('abc', 1))
