print('a,b,,c'.split(','), 'a b  c'.split(), '  a  b  '.split(), 'a,b,c'.split(',', 1))
print('a,b,c'.rsplit(',', 1), ''.split(), ''.split(','), 'abc'.split('abc'))
print('l1\nl2\r\nl3\rl4'.splitlines(), 'x\ny\n'.splitlines(True))
