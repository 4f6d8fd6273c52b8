import re
print([m.span() for m in re.finditer(r'\d+', 'a12b345c6')], re.findall(r'(\w)(\d)', 'a1 b2 c'))
print(re.findall(r'\d+', 'none'), re.findall('(a)|b', 'ab'), re.findall('', 'ab'))
it = re.compile('a').finditer('banana', 2)
print([m.start() for m in it])
print(re.findall(r'(?i)HELLO', 'hello Hello'), re.findall(r'^\w', 'a\nb\nc', re.M))
