import re
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1b22c333'))
print(re.sub(r'(?P<w>\w+)@(\w+)', r'\g<w> at \2 (\g<0>)', 'joe@home, ann@work'))
print(re.subn('a', 'b', 'aaa', count=2), re.subn('x', 'y', 'abc'), re.sub('', '-', 'abc'))
print(re.sub(r'\s+', ' ', '  a \t b\n'), re.compile('o').sub('0', 'foo', 1))
print(re.sub('(a)', r'\n\1\t', 'a'), re.sub(b'a', b'B', b'banana'))
