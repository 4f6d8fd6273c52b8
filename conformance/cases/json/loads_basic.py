import json
d = json.loads('{"a": [1, 2.5, "x", null, true], "b": {"c": false}}')
print(sorted(d), d['a'], d['b']['c'], type(d['a'][1]).__name__)
