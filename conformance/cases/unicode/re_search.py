# re on strings with lone surrogates: matching works on code points.
import re
s = 'a\ud800b\udfffc'
print(ascii(re.findall('[a-c]', s)), ascii(re.split('[\ud800\udfff]', s)), ascii(re.sub('\ud800', '-', s)))
m = re.search('b(.)c', s)
print(ascii(m.group(1)), m.span(), ascii(re.escape('\ud800')), bool(re.match('a.', s)))
print(ascii(re.findall('[\ud800-\udfff]', s)), ascii(re.findall('.', '\udc80x')))
re.search('\ud800', s).group(2)
