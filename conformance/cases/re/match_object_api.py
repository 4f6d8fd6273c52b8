import re
m = re.search(r'(?P<key>\w+)=(?P<val>\d+)?(x)?', 'xx  abc=12 yy')
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 3), m.groups(), m.groups('dflt'))
print(sorted(m.groupdict().items()), sorted(m.groupdict(0).items()), m.start(), m.end(), m.span(), m.start(2), m.end('val'), m.span(3))
print(m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos, m[0] if hasattr(m, '__getitem__') and False else '')
print(m.expand(r'\2:\1 \g<key> \g<0> \g<2>'), m.regs if hasattr(m, 'regs') else '')
m2 = re.compile('b+').search('aabbbcc', 1, 5)
print(m2.group(), m2.pos, m2.endpos, m2.span())
