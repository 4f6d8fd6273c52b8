# Hooks run once per object, in document order, even when a syntax error
# comes later in the text.
import json
calls = []
def hook(d):
    calls.append(sorted(d.items()))
    return d
try:
    json.loads('[{"a": 1}, {"b": {"c": 2}}, x]', object_hook=hook)
except ValueError as e:
    print(e)
print(calls)
seen = []
def pairs(p):
    seen.append(p)
    return tuple(p)
print(json.loads('{"z": 1, "a": [{"y": 2}], "m": {}}', object_pairs_hook=pairs))
print(seen)
print(json.loads('[1, 2.5, 3e2, NaN]', parse_int=lambda s: 'i' + s,
                 parse_float=lambda s: 'f' + s, parse_constant=lambda s: 'c' + s))
