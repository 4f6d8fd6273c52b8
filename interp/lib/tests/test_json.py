# substitute: json
import json
import collections
from kaa_check import show, py34


def show(label, thunk):
    # 3.11 raises json.JSONDecodeError, a ValueError subclass with the same
    # text; 3.4 raises ValueError itself (checked by py34 below).
    try:
        value = thunk()
    except ValueError as exc:
        print("%s -> ValueError: %s" % (label, exc))
    except Exception as exc:
        print("%s -> %s: %s" % (label, type(exc).__name__, exc))
    else:
        print("%s = %r" % (label, value))

values = [None, True, False, 0, -1, 10 ** 30, 1.5, -0.0, 1e100, 1e-7, 0.1, 3.141592653589793, float('nan'),
          float('inf'), float('-inf'), '', 'plain', 'quote"back\\slash/', 'ctl\n\t\r\b\f\x00\x1f\x7f',
          'é ü ☃ 𝄞', [], {}, [1, [2, [3, []]]], (1, 2), {'a': 1}, {'b': [1, {'c': None}], 'a': 'x'},
          {1: 'int', 2.5: 'float', True: 't', None: 'n'}]
for v in values:
    show("dumps %r" % (v,), lambda: json.dumps(v))
    show("dumps na %r" % (v,), lambda: json.dumps(v, ensure_ascii=False))
    show("dumps indent %r" % (v,), lambda: json.dumps(v, indent=2))
    show("dumps sorted %r" % (v,), lambda: json.dumps(v, sort_keys=True, separators=(',', ':')))
doc = {'name': 'kaa', 'list': [1, 2.5, 'three', None, True], 'nested': {'z': [], 'y': {}, 'x': {'deep': [{'a': 1}]}}}
show("indent 4", lambda: json.dumps(doc, indent=4, sort_keys=True))
show("indent 0", lambda: json.dumps(doc, indent=0, sort_keys=True))
show("indent str", lambda: json.dumps(doc, indent='\t', sort_keys=True))
show("indent seps", lambda: json.dumps(doc, indent=1, separators=(', ', ' = '), sort_keys=True))
show("allow_nan", lambda: json.dumps([float('nan')], allow_nan=False))
show("allow_nan indent", lambda: json.dumps([float('nan')], allow_nan=False, indent=1))
show("allow_nan inf", lambda: json.dumps({'x': float('inf')}, allow_nan=False))
show("default", lambda: json.dumps({'s': {1, 2}}, default=sorted))
show("default obj", lambda: json.dumps(1j, default=lambda o: [o.real, o.imag]))
py34("not serializable", lambda: json.dumps(object()).split(' at ')[0] if False else json.dumps({1, 2}), "TypeError: {1, 2} is not JSON serializable")
py34("bad key", lambda: json.dumps({(1,): 1}), "TypeError: keys must be a string")
show("skipkeys", lambda: json.dumps({(1,): 1, 'ok': 2}, skipkeys=True))
circ = []
circ.append(circ)
show("circular", lambda: json.dumps(circ))
cd = {}
cd['x'] = cd
show("circular dict", lambda: json.dumps(cd))
show("no check", lambda: json.dumps([[1]] * 3, check_circular=False))
show("sort mixed", lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)
show("cls", lambda: json.dumps({'s': {3, 1}}, cls=Enc))
show("encoder obj", lambda: (Enc().encode([{2, 1}]), ''.join(json.JSONEncoder().iterencode({'a': [1]})), json.JSONEncoder(indent=2).encode([1])))
show("encode str", lambda: json.JSONEncoder().encode('☃'))
import enum
class IE(enum.IntEnum):
    A = 1
show("intenum", lambda: json.dumps([IE.A, True]))
class Fl(float):
    def __repr__(self):
        return 'custom'
show("float subclass", lambda: json.dumps(Fl(1.5)))
show("odict", lambda: json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])))
show("tuple keys list", lambda: json.dumps([(1, 2), {'t': (3,)}]))

texts = ['null', 'true', 'false', '0', '-0', '12', '-12.5', '1e3', '1E-3', '2.5e+2', '-0.0', '1.0', '123456789012345678901234567890',
         '"str"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u2603"', '"\\ud834\\udd1e"', '"\\ud834"', '"\\udd1e x"',
         '[]', '{}', '[1, 2, [3]]', '{"a": {"b": [true, null]}}', ' \n\t [ 1 , 2 ] \r\n', 'NaN', 'Infinity', '-Infinity',
         '{"a": 1, "a": 2}', '"é☃"', '[1.5e308, 1e400, -1e400]']
for text in texts:
    show("loads %r" % text, lambda: json.loads(text))
bad = ['', ' ', '[', ']', '{', '}', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":}', '{1: 2}', "{'a': 1}", '[1 2]', 'nul', 'tru',
       '"abc', '"abc\\', '"\\x"', '"\\u12"', '"\\uzzzz"', '"a\nb"', '"a\tb', '01', '1.', '.5', '-', '+1', '1e', '--1',
       '[1] [2]', '{} x', 'NaNx', '"x"y', '[\n1,\n2,\nx]', '{"a":\n\n  [1,]}', 'true false', '[-]', '{"a":1 "b":2}', '[1,,2]']
for text in bad:
    if text in ('[1] [2]', '{} x', 'NaNx', '"x"y', 'true false', '01', '1.', '1e'):
        continue
    show("bad %r" % text, lambda: json.loads(text))
py34("extra data", lambda: json.loads('[1] [2]'), "ValueError: Extra data: line 1 column 5 - line 1 column 8 (char 4 - 7)")
py34("extra data2", lambda: json.loads('01'), "ValueError: Extra data: line 1 column 2 - line 1 column 3 (char 1 - 2)")
py34("extra data4", lambda: json.loads('1e'), "ValueError: Extra data: line 1 column 2 - line 1 column 3 (char 1 - 2)")
py34("extra data3", lambda: json.loads('{} x'), "ValueError: Extra data: line 1 column 4 - line 1 column 5 (char 3 - 4)")
py34("error class", lambda: type(json.loads('[')) if False else json.loads('['), "ValueError: Expecting value: line 1 column 2 (char 1)")
py34("bytes", lambda: json.loads(b'[1]'), "TypeError: the JSON object must be str, not 'bytes'")
show("strict", lambda: json.loads('"a\nb"', strict=False))
show("object_hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
show("pairs_hook", lambda: json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=lambda p: p))
show("pairs_hook od", lambda: json.loads('{"z": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
show("both hooks", lambda: json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
show("parse_float", lambda: json.loads('[1.5, 2]', parse_float=str))
show("parse_int", lambda: json.loads('[1.5, 2]', parse_int=lambda s: int(s) * 10))
show("parse_constant", lambda: json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
show("decoder", lambda: (json.JSONDecoder().decode(' [1] '), json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('xx[2]', 2)))
show("raw_decode bad", lambda: json.JSONDecoder().raw_decode(' [1]'))
show("roundtrip", lambda: json.loads(json.dumps(doc)) == doc)
big = [{'id': i, 'name': 'item%d' % i, 'tags': ['a', 'b'], 'score': i * 0.5} for i in range(200)]
show("roundtrip big", lambda: json.loads(json.dumps(big)) == big and json.loads(json.dumps(big, indent=2)) == big)
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return ''.join(self.parts)
b = Buf()
json.dump({'k': [1, 2]}, b)
show("dump", lambda: ''.join(b.parts))
b2 = Buf()
json.dump({'k': [1, 2]}, b2, indent=1)
show("dump indent", lambda: ''.join(b2.parts))
show("load", lambda: json.load(b))
import random
import re
rng = random.Random(99)
ALPHABET = 'ab "\\/\n\t\x01\x7f\xe9\u2603\U0001d11e{}[]:,'


def random_value(depth):
    kind = rng.randrange(9 if depth < 4 else 6)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.randrange(-10 ** 12, 10 ** 12)
    if kind == 2:
        return rng.uniform(-1e6, 1e6) * rng.choice([1, 1e-10, 1e20])
    if kind in (3, 4, 5):
        return ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(8)))
    if kind in (6, 7):
        return [random_value(depth + 1) for _ in range(rng.randrange(4))]
    return dict((''.join(rng.choice('abcxyz') for _ in range(3)), random_value(depth + 1)) for _ in range(rng.randrange(4)))


for i in range(150):
    v = random_value(0)
    opts = [{}, {'ensure_ascii': False}, {'indent': 2, 'sort_keys': True}, {'separators': (',', ':'), 'sort_keys': True}][i % 4]
    text = json.dumps(v, **opts)
    print("random dumps", i, text)
    show("random loads %d" % i, lambda: json.loads(text) == v)
    # Corrupt one character and compare the error.
    if text:
        pos = rng.randrange(len(text))
        broken = text[:pos] + rng.choice(['', '"', ',', '}', ']', 'x', ' ']) + text[pos + 1:]
        try:
            json.loads(broken)
            print("random broken %d ok" % i)
        except ValueError as exc:
            # 3.4 gives "Extra data" a range (checked by py34 above); keep its start.
            message = re.sub(r' - line \d+ column \d+ \(char (\d+) - \d+\)', r' (char \1)', str(exc))
            print("random broken %d -> ValueError: %s" % (i, message))
