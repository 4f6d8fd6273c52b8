# Lone surrogates survive int()/float() error messages, format_map, %c and
# {:c}, user __str__/__repr__ results, str(), repr(), ascii() and print()
# into a file object.
import io
for f, arg in ((int, '\ud800'), (float, '\ud800'), (float, 'x\udfff ')):
    try:
        f(arg)
    except ValueError as e:
        print(ascii(str(e)))
try:
    int('12\udc80', 16)
except ValueError as e:
    print(ascii(str(e)))
print(ascii('{a}-{b}'.format_map({'a': '\ud800', 'b': 1})))
print(ascii('{\udc00}|{x:>3}'.format_map({'\udc00': 'k', 'x': '\udfff'})))
print(ascii('\ud800{x}'.format_map({'x': 'y'})))
print(ascii('%c' % 0xd800), ascii('%3c|%-3c' % (0xdc00, 0xdfff)), ascii('%c%s' % (0xd800, '\udc00')))
print(ascii('{:c}'.format(0xd800)), ascii('{:>3c}{}'.format(0xdbff, '!')), ascii('{0:c}{0:c}'.format(0xdc01)))
print(ascii('%s|%5s' % ('\ud800', '\udc00')), ascii('-'.join(['\ud800', 'x', '\udc00'])))
print(ascii(sorted(['\udc00', '\ud800', 'a', '\ue000', '\uffff'])), ascii('\ud800' + '\udc00'))
d = {'\ud800': 1, '\udc00': 2}
print(d['\ud800'], d['\udc00'], len(d))
class R:
    def __repr__(self):
        return '\ud800'
    def __str__(self):
        return '\udc00'
print(ascii(repr(R())), ascii(str(R())), ascii(R()))
s = io.StringIO()
print('a', '\udc00', R(), sep='\ud800', end='\udfff', file=s)
print(ascii(s.getvalue()))
s = io.StringIO()
print(R(), file=s)
print(ascii(s.getvalue()))
import json
b = '\ud800x\udfff'.encode('utf-8', 'surrogatepass')
print(b, ascii(b.decode('utf-8', 'surrogatepass')), b.decode('utf-8', 'surrogatepass') == '\ud800x\udfff')
print(json.dumps(['\ud800', {'k\udc00': '\udfff'}], sort_keys=True))
print(json.dumps('\ud800', ensure_ascii=False).encode('utf-8', 'surrogatepass'))
print(ascii([('\ud800',), {'\udc00'}, {'\udfff': '\ud801'}]), ascii(json.loads('"\\ud800"')))
