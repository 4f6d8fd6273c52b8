import sys
print(sys.stdout.write("abc\n"))
print(*[1, 2, 3], sep=', ', end='!\n')
print(repr(1.0), repr(0.1 + 0.2), 1e16, 1.5e-5, 123456789012345678.0, float('inf'), -float('nan'), 2.5e-320)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(2.675, 2), round(123.456, -1), round(5, -1), round(15, -1))
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** -1, 7.0 // 2, -7.5 % 2, divmod(7.5, 2))
print(int('0x1f', 16), int('0b101', 0), int(' 42 '), int('-0o17', 0), float(' 1.5 '), float('1_0'.replace('_', '')))
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (-1).to_bytes(2, 'big', signed=True))
print((10).bit_length(), (3.75).as_integer_ratio(), (2.0).is_integer(), float.fromhex('0x1.8p1'), (1.5).hex())
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1j) ** 2, complex('1+2j'), repr(complex(0, -0.0)))
s = "Hello, World"
print(s.translate(str.maketrans('lo', '01', ',')), s.partition(', '), s.rpartition('o'), s.rsplit(None, 1), s.split('l', 1))
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True), "ß".casefold(), "x{a}y".format_map({'a': 1}), "abc1".isidentifier(), "they're bill's".title())
print(s.startswith(('He', 'x')), s.endswith('ld', 0, 12), s.find('o', 5), s.rfind('o'), s.count('l'), s.replace('l', 'L', 2), s[::-2])
print(" x ".strip(), "xxaxx".strip('x'), "aXb".lower(), "12".isdigit(), "½".isnumeric(), "½".isdigit(), "  ".isspace(), "Ab".istitle())
print(list(map(ord, "aé€")), chr(0x1F600) == '\U0001F600', ascii("é€x"), repr("tab\there"), repr("q'\""), repr('\x00\x7f\x80'))
b = b"bytes\x00\xff"
print(b, b[0], b[1:3], list(b[-2:]), b.hex() if hasattr(b, 'hex') and False else b.decode('latin-1'), bytes([65, 66]), bytearray(b'ab') + b'c')
print(b"a,b".split(b","), b"abc".upper(), b" x ".strip(), bytes(3), b"%s" if False else b"ab" * 2, b"abc".find(b"c"), bytes.fromhex('41 42'))
ba = bytearray(b"hello")
ba[0] = 72
ba.extend(b"!!")
ba.insert(0, 32)
print(ba, len(ba), ba.pop(), ba.decode())
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted(['b', 'A', 'c'], key=str.lower))
print(list(zip([1, 2, 3], 'ab')), list(enumerate('ab', start=5)), list(reversed([1, 2, 3])), list(filter(None, [0, 1, '', 2])))
print(any([]), all([]), sum([0.1] * 10), sum([[1], [2]], []), max('apple', 'pear', key=len), min([], default=0) if sys.version_info >= (3, 4) else 0)
print(isinstance(True, int), type(True).__mro__, bool('False'), int(True) + True, True & False, ~5, -5 >> 1, 1 << 70)
print(hash(1) == hash(1.0), hash(-1), hash(0), hash(-2), hash(2**61), hash(10**20), hash(1.5), hash((1, 2)) == hash((1, 2)))
print(id(None) == id(None), None is None, NotImplemented, Ellipsis, ..., type(...).__name__)
d = {1: 'a', 2: 'b'}
print(d.keys() & {1, 3}, d.keys() | {3}, d.items() - {(1, 'a')}, list(d.values()), 2 in d.keys(), d.get(3, 'z'), d.setdefault(3, 'c'), d)
d.update([(4, 'd')], five=5) if False else d.update([(4, 'd')])
print(d.pop(1), d.pop(9, None), sorted(d.items()), dict.fromkeys([1, 2], 0), dict(zip('ab', [1, 2])) == {'a': 1, 'b': 2})
st = {3, 1, 2}
print(st | {5}, st & {1, 9}, st - {1}, st ^ {1, 7}, st <= {1, 2, 3, 4}, st.isdisjoint({8}), frozenset([2, 1]), set(), {x % 3 for x in range(10)})
print(list(range(10, 0, -3)), range(5)[2:], range(0, 10, 2)[-1], len(range(0, 100, 7)), 7 in range(0, 10, 7), range(3) == range(0, 3), repr(range(1, 5, 2)))
print(slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, None, 2)], "abcdef"[-3:], "abc"[10:], [1, 2, 3][::-1], slice(None).indices(5))
l = [5, 3, 8]
l[1:2] = [9, 9, 9]
del l[0]
l += [1]
l *= 2
print(l, l.index(9), l.count(9), l.copy() == l, [1, 2] * 0, [[0] * 2] * 2)
print(divmod(-7, 2), pow(2, 10, 1000), pow(2.0, 0.5), abs(-0.0), max(1, 2.0), min('b', 'a'), bin(-5), oct(8), hex(-255), format(255, '08b'))
print(str(b'x'), str(1j), str(None), str([1, 'a']), str((1,)), str({1: (2, 3)}), repr(()), repr([[]]), "%r" % 'x', "%a" % 'é')
print(eval('1 + 2 * 3'), eval('x * 2', {'x': 5}), exec('y = 7') or 'exec ok', compile('1+1', '<s>', 'eval').co_filename)
print(globals()['__name__'], __name__, type(__builtins__).__name__ in ('module', 'dict'), callable(len), callable(1))
