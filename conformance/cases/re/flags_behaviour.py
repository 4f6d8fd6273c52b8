import re
print(re.findall('a.c', 'abc a\nc', re.S), re.findall('a.c', 'abc a\nc'))
print(re.findall(r'''\d+  # digits
                   [a-z]   # letter''', '12a 3b', re.X), re.match(r'\w+', 'é', re.A), re.match(r'\w+', 'éa').group())
print(re.findall('^x$', 'x\ny\nx', re.M), re.search('(?i)straße', 'STRASSE'), re.search('K', '\u212a', re.I) is not None)
