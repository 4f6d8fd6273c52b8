# raw_decode positions are character indexes, also after non-ASCII text.
import json
dec = json.JSONDecoder()
print(dec.raw_decode('["é", "😀"] rest'))
print(dec.raw_decode('xx ["ü"] yy', 3))
print(dec.raw_decode('{"k": "\\u00e9\\ud83d\\ude00"}'))
for doc in ['["é" 1]', '{"é": }', '["\\u12"]', '"a\\qb"', '["ok", "open']:
    try:
        json.loads(doc)
    except ValueError as e:
        print(repr(doc), e)
print(json.loads('"tab\there"', strict=False))
print(json.loads('{"a": 1, "a": 2, "b": [], "c": {}}') == {'a': 2, 'b': [], 'c': {}})
