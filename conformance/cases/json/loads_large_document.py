import json
# a 60 KB document: the decoder's str.find(sub, start) calls must not be O(len)
data = [{'id': i, 'name': 'n%d' % i, 'vals': [i * 0.5, i, None, True], 'esc': 'a\\"b\n'} for i in range(1000)]
s = json.dumps(data, sort_keys=True)
back = json.loads(s)
print(len(s), back == data, back[999], sum(d['id'] for d in back))
text = 'x' * 100000 + '"'
print(text.find('"', 99990), text.startswith('x', 50000), text.count('x', 99000), text.index('"', 1000), text.rfind('x', 0, 10))
