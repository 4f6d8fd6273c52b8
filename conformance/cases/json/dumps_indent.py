import json
print(json.dumps({'k': [1, 2], 'a': {'z': None}}, indent=2, sort_keys=True))
