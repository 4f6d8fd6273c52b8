s = set(range(5))
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
t = {1, 2, 3}
for x in t:
    t.add(x)
print(sorted(t))
fs = frozenset([1, 2])
print(sorted(fs))
d = {"a": 1}
for k in d:
    d["b"] = 2
