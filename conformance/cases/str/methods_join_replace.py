print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
