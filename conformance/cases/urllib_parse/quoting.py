from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes
for s in ['abc', 'a b&c=d/e', 'ünïcödé', '', '100%', 'a+b', '/path/to file', "it's", '<>"\'{}|\\^`']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote('a/b c', safe='/ '), quote(b'bytes \xff'), quote('é', encoding='latin-1'))
print(quote('\u20ac', errors='strict'), quote_plus(b'x y'))
print(quote_from_bytes(b'\x00\x7f\x80 a'), quote_from_bytes(b''), quote_from_bytes(b'a/b', safe=b'/'))
for s in ['abc%20def', '%E2%82%AC', '%e2%82%ac', '%zz%4', '100%', 'a+b%2Bc', '%C3%A9%', '%ff', 'no escapes', '']:
    print(repr(s), ascii(unquote(s)), ascii(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%E9', encoding='latin-1'), ascii(unquote('%ff', errors='replace')))
print(unquote_to_bytes(b'a%20b'), unquote_to_bytes('é%41'))
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError:', e)
try:
    quote_from_bytes('str')
except TypeError as e:
    print('TypeError:', e)
unquote('%ff', errors='strict')
