import re
re.compile('abc')
print(re.purge())
print(re.match('abc', 'abc').group())
