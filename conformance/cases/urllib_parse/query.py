from urllib.parse import urlencode, parse_qs, parse_qsl
print(urlencode({'a': 1}), urlencode([('q', 'x y'), ('lang', 'en&fr'), ('n', 3)]))
print(urlencode([('k', [1, 2]), ('s', 'str'), ('b', b'\xff ')], doseq=True))
print(urlencode([('k', [1, 2])]), urlencode([('k', (1, 2))], doseq=True), urlencode([('k', 5)], doseq=True))
print(urlencode([('p', 'a/b')], safe='/'), urlencode([('e', 'é')], encoding='latin-1'), urlencode([]))
for qs in ['a=1&b=2&a=3', 'x=a+b%20c', 'empty=&novalue&=v', 'k=v=w', '', '&&a=1&&']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), sorted(parse_qs(qs).items()))
print(sorted(parse_qs('a=%E9', encoding='latin-1').items()))
try:
    parse_qsl('a=1&bad', strict_parsing=True)
except ValueError as e:
    print('ValueError:', e)
try:
    urlencode('not a mapping')
except TypeError as e:
    print('TypeError:', e)
urlencode([1, 2])
