# Agent-style: build records, dump them to JSON, parse them back and
# aggregate (json.dumps/loads with and without indent, sort_keys).
import json


def records(n):
    out = []
    for i in range(n):
        out.append({
            'id': i,
            'name': 'user%d' % i,
            'tags': ['t%d' % (i % 7), 't%d' % (i % 11)],
            'score': i * 0.25,
            'active': i % 3 == 0,
            'meta': {'city': 'c%d' % (i % 50), 'note': 'caf\u00e9 "quoted"\n', 'parent': None},
        })
    return out


data = records(20000)
text = json.dumps(data)
pretty = json.dumps(data, indent=2, sort_keys=True)
back = json.loads(text)
again = json.loads(pretty)
cities = {}
for r in back:
    city = r['meta']['city']
    cities[city] = cities.get(city, 0) + r['score']
print(len(text), len(pretty), back == again == data, sorted(cities.items())[:3])
