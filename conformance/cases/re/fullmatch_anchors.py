import re
print(re.fullmatch('a|ab', 'ab').group(), re.fullmatch(r'\d+', '123x'), re.fullmatch('a*', ''))
print(re.match('b', 'ab'), re.search('^b', 'ab'), re.search(r'b\Z', 'ab\n'), re.search('b$', 'ab\n').span())
p = re.compile('o[gh]')
print(p.fullmatch('dog'), p.fullmatch('ogre'), p.fullmatch('doggie', 1, 3).group())
