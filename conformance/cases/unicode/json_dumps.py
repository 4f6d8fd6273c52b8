# json.dumps escapes lone surrogates (or keeps them raw without ensure_ascii).
import json
print(json.dumps('\ud800'), json.dumps(['a\udc80b', {'k\udfff': '\ud83d\ude00'}]))
raw = json.dumps({'\ud800': ['\udfff']}, ensure_ascii=False)
print(ascii(raw), len(raw), raw[2] == '\ud800')
print(json.dumps('\ud800', indent=2), json.dumps(['\udc80'], sort_keys=True))
json.dumps('\ud800')[10]
