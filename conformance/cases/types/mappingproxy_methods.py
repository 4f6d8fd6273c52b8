import types
class C:
    x = 1
    def f(self): pass
d = C.__dict__
print(type(d).__name__, d["x"], "f" in d, "zz" in d, d.get("zz", 0))
print(sorted(k for k in d.keys() if not k.startswith("__")))
print(isinstance(d.copy(), dict), len(d) == len(list(d)))
C.y = 2
print(d["y"])
mp = types.MappingProxyType({"a": 1, "b": 2})
print(sorted(mp.items()), mp == {"a": 1, "b": 2}, str(mp))
try:
    d["x"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    mp["zz"]
except KeyError as e:
    print("KeyError:", e)
mp["q"] = 1
