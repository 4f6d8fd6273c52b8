# re on strings with lone surrogates: the substrings that come out (groups,
# findall, split, sub) keep the surrogates, and patterns match them exactly.
import re
s = 'a\ud800b\udc00c'
m = re.search('(\ud800)(b)', s)
print(ascii(m.group()), ascii(m.group(1)), m.span(), ascii(m.string), ascii(m.groups()))
print(ascii(m.group(0, 2)), ascii(m.groupdict()), ascii(m.expand(r'[\2\1]')))
m = re.match('(?P<x>.)(?P<y>.)', '\udfff\ud801')
print(ascii(m.group('x')), ascii(m.group('y')), ascii(sorted(m.groupdict().items())))
print(ascii(re.findall('[\ud800\udc00]', s)), ascii(re.findall('\udc00', s)))
print(ascii(re.findall('(.)(\udc00)', s)), ascii(re.findall('[\ud800-\udbff]', s)))
print(ascii(re.findall(r'\ud800', s)), ascii(re.findall(r'[^a-c]', s)))
print(ascii(re.findall('.', s)), ascii(re.findall(r'\W', s)))
print(ascii(re.split('b', s)), ascii(re.split('(\ud800)', s)), ascii(re.split('[\ud800\udc00]', s, 1)))
print(ascii(re.sub('b', '\udfff', s)), ascii(re.sub('b', lambda m: '\udfff', s)))
print(ascii(re.sub('(\ud800)', r'<\1>', s)), ascii(re.sub('(.)', r'\1\1', '\udc80x')))
print(ascii(re.subn('[\ud800\udc00]', '-', s)), ascii(re.subn('c', '\ud800', 'ccc', 2)))
print(re.search('\ud800', '\udc00'), re.search('\udc00', '\ufffd'), re.search('\ufffd', '\udc00'))
print(re.search('[\udc00-\udfff]', '\ud800\udbff'), bool(re.search('[\udc00-\udfff]', 'x\udc05')))
p = re.compile('\udc00+')
print(ascii(p.pattern), ascii(p.findall('\udc00\udc00x\udc00')), ascii(p.sub('', 'a\udc00b')))
print(ascii([m.group() for m in re.finditer(r'\W', s)]), ascii(re.fullmatch('a.b.c', s).group()))
print(ascii(re.match(r'(\ud800)\1', '\ud800\ud800\ud800').group()), re.match(r'(\ud800)\1', '\ud800\udc00'))
print(ascii(re.findall('\ud800', 'a\ud800b\ud800', re.I)), ascii(re.sub('x', '\\n\ud800', 'axb')))
