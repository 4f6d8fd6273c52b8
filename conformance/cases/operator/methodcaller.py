import operator
up = operator.methodcaller('upper')
rep = operator.methodcaller('replace', 'a', 'o')
print(up('abc'), rep('banana'))
