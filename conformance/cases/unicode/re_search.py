# re on strings with lone surrogates: ASCII matching and positions.
import re
s = 'a\ud800b\udfffc'
print(ascii(re.findall('[a-c]', s)), bool(re.match('a.b', s)), bool(re.fullmatch('a.b.c', s)))
m = re.search('b', s)
print(m.span(), m.start(), len(re.findall('.', s)))
re.search('b', s).group(2)
