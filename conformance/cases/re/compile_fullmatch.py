import re
p = re.compile(r'[a-z]+\d*')
print(p.fullmatch('abc123') is not None, p.fullmatch('abc-1'), p.pattern, p.match('zz9x').group())
