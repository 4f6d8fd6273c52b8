# dict.keys/values/items take no arguments.
d = {"a": 1}
for name in ("keys", "values", "items"):
    try:
        getattr(d, name)("x")
    except TypeError as e:
        print(name, "TypeError", "takes no arguments (1 given)" in str(e))
print(list(d.keys()), list(d.values()), list(d.items()))
