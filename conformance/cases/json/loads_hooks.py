import json
from collections import OrderedDict
s = '{"b": 1, "a": {"c": [1, 2.5, "x"]}, "n": null, "t": true, "f": false}'
print(json.loads(s, object_pairs_hook=OrderedDict))
print(json.loads(s, object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2, 1e3]', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[NaN]', parse_constant=lambda c: 'C:' + c))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'), json.loads(' [ ] '), json.loads('{"a": {}}'), json.loads('-0.0'), json.loads('12345678901234567890'))
print(json.loads(b'[1]') if False else json.loads('[1]'))
