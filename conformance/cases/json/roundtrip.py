import json
data = [{'id': i, 'tags': ['t%d' % i] * i} for i in range(3)]
s = json.dumps(data, sort_keys=True)
print(s)
print(json.loads(s) == data)
