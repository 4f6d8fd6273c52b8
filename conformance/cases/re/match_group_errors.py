import re
m = re.match('(a)(b)?', 'a')
print(m.group(2), m.start(2), m.span(2), m.lastindex)
try:
    m.group(5)
except IndexError as e:
    print('IndexError', e)
m.group('nope')
