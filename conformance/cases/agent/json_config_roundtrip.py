import json

config = {
    "name": "service",
    "version": [1, 4, 2],
    "enabled": True,
    "ratio": 0.75,
    "tags": ["a", "b"],
    "nested": {"x": None, "y": 1e10, "z": -0.0},
    "unicode": "caf\u00e9 \u2603",
}
s = json.dumps(config, indent=2, sort_keys=True)
print(s)
print(json.dumps(config, sort_keys=True, ensure_ascii=False))
print(json.dumps(config, sort_keys=True, separators=(',', ':')))
back = json.loads(s)
print(back == config)
print(sorted(back.keys()))
print(json.dumps([1, 2.5, "x", None, True, [], {}], indent=4))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent="\t", sort_keys=True))
for bad in ['{"a": 1,}', '[1, 2', '', 'nan', '{"a" 1}', '"abc']:
    try:
        json.loads(bad)
    except ValueError as e:
        print(isinstance(e, ValueError), e)
print(json.loads('NaN'), json.loads('-Infinity'))
print(sorted(json.loads('{"a": 1.5e3, "b": 12345678901234567890}').items()))
class Obj(object):
    def __init__(self, v):
        self.v = v
def default(o):
    if isinstance(o, Obj):
        return {"__obj__": o.v}
    raise TypeError(repr(o) + " is not JSON serializable")
print(json.dumps([Obj(3), Obj("q")], default=default))
try:
    json.dumps({"k": set([1])})
except TypeError as e:
    print("TypeError")
def hook(d):
    if "__obj__" in d:
        return Obj(d["__obj__"])
    return d
r = json.loads('[{"__obj__": 5}, {"k": 1}]', object_hook=hook)
print(type(r[0]).__name__, r[0].v, r[1])
print(json.dumps("\x00\x1f\"\\/"))
print(json.dumps({1: 'int key', 2.5: 'float', True: 'bool', None: 'none'}, sort_keys=False) if False else json.dumps({1: 'a'}))
from collections import OrderedDict
print(json.loads('{"z": 1, "a": 2, "m": 3}', object_pairs_hook=OrderedDict))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
