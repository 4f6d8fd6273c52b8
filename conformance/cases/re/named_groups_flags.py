import re
m = re.search(r'(?P<key>\w+)=(?P<val>\w+)', 'x: name=value')
print(m.group('key'), m.group('val'), sorted(m.groupdict().items()))
print(re.findall(r'^\w', 'ab\ncd', re.M), re.match(r'HELLO', 'hello', re.I).group())
