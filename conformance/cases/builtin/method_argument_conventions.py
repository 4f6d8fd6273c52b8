# Methods of built-in types that take no arguments, or no keyword arguments.
import re


def check(f):
    try:
        f()
    except TypeError as e:
        # 3.11 prefixes the type ("list.index() ..."); 3.4 does not.
        print(re.sub(r'^\w+\.(?=\w+\(\))', '', str(e)))


for f in [lambda: [].reverse(1), lambda: [].copy(1), lambda: [].clear(1),
          lambda: {}.keys(1), lambda: {}.items(1), lambda: {}.values(1), lambda: {}.copy(1),
          lambda: {}.popitem(1), lambda: set().copy(1), lambda: set().pop(1),
          lambda: (1).bit_length(1), lambda: (1.5).hex(1), lambda: (1.5).is_integer(1),
          lambda: (1.5).as_integer_ratio(1), lambda: 'a'.upper(1), lambda: 'a'.isdigit(1),
          lambda: b'a'.lower(1), lambda: bytearray().copy(1), lambda: (1j).conjugate(1)]:
    check(f)
for f in [lambda: [1].index(1, start=0), lambda: [].count(x=1), lambda: {}.get('a', default=1),
          lambda: {}.pop('a', default=1), lambda: 'ab'.startswith('a', start=0),
          lambda: 'ab'.find('a', start=0), lambda: 'ab'.replace('a', 'b', count=1),
          lambda: set().add(1, x=2), lambda: (1,).index(1, start=0),
          lambda: 'a'.translate(table={}), lambda: float.fromhex(),
          lambda: 'a'.translate(), lambda: 'a'.format_map()]:
    check(f)
print('a b'.split(sep=' ', maxsplit=1), 'a\nb'.splitlines(keepends=True), 'a'.encode(errors='strict'))
print(b'a b'.split(sep=None), bytearray(b'x').decode(encoding='ascii'), 'a\tb'.expandtabs(tabsize=2))
print((5).to_bytes(2, byteorder='big', signed=True), sorted([3, 1], key=None, reverse=True))
d = {}
d.update(a=1)
print(d, memoryview(b'ab').cast(format='c').tolist())
for f in [lambda: int.__add__(1, x=2), lambda: 'abc'.zfill(), lambda: 'abc'.splitlines('a')]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
[].pop(5)
