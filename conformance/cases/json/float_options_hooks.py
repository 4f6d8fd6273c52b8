import json
vals = [1.0, 0.1, 1e16, 1e-7, 123456789.123, float('inf'), -float('inf'), 1/3, 2**64, -0.0, True, None, 'é\u2603\n"\\\x00\x1f\x7f', [1, [2, {}]], {}, [], (1, 2)]
for v in vals:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
print(json.dumps({'b': 1, 'a': [1, 2, {'c': None}]}, indent=2, sort_keys=True))
print(json.dumps({'b': 1, 'a': [1, 2]}, indent='\t', sort_keys=True))
print(json.dumps([1, {'a': 2}], indent=0))
print(json.dumps({'a': [1, 2]}, separators=(',', ':'), sort_keys=True))
print(json.dumps({'a': 1, 'b': 2}, sort_keys=True, indent=4, separators=(',', ': ')))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}, sort_keys=False))
print(json.dumps(set([1]), default=list), json.dumps(complex(1, 2), default=lambda o: [o.real, o.imag]))
print(json.loads('{"a": 1, "b": [1.5, "x"]}', object_pairs_hook=list))
from collections import OrderedDict
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float), json.loads('NaN', parse_constant=lambda s: s))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(' [1e3, -2E-2, 0.5] '), json.loads('123456789012345678901234567890'))
print(json.loads(b'[1]'.decode()), json.dumps('\U0001f600'), json.loads('"\\ud83d\\ude00"') == '\U0001f600')
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError')
print(json.dumps({(1, 2): 3}, skipkeys=True))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps(object())
except TypeError:
    print('TypeError')
