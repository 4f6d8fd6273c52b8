print('{0} {1} {0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Bob', age=30))
print('{0.real} {1[0]} {2[key]}'.format(3 + 4j, [9], {'key': 'v'}))
print('{:>{w}}|{:.{p}f}'.format('x', 3.14159, w=5, p=2))
