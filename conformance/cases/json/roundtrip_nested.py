import json
data = {'users': [{'id': i, 'tags': ['t%d' % j for j in range(i % 3)], 'score': i / 7} for i in range(5)], 'ok': True}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.loads(s) == data, json.loads(json.dumps(data, indent=4)) == data)
