# Deep documents and deep data end in the recursion error, not a crash.
import json
print(len(json.loads('[' * 200 + ']' * 200)))
for doc in ['[' * 100000, '{"a":' * 100000]:
    try:
        json.loads(doc)
    except RuntimeError as e:
        print(e)
a = []
for i in range(100000):
    a = [a]
try:
    json.dumps(a)
except RuntimeError as e:
    print(e)
x = []
x.append(x)
try:
    json.dumps(x, check_circular=False)
except RuntimeError as e:
    print(e)
