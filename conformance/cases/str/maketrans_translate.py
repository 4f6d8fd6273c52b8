t = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(t), 'hello'.translate({ord('l'): 'L', ord('o'): None}))
