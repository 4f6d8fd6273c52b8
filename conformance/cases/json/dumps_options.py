import json
d = {'b': [1, 2.5, None, True], 'a': {'y': 'x', 'x': (1, 2)}, 'c': 'é\n"'}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=2))
print(json.dumps(d, sort_keys=True, indent='\t', separators=(',', ': ')))
print(json.dumps(d, sort_keys=True, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=0))
