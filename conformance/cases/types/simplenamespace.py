import types
ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns.a + ns.b + ns.c, sorted(vars(ns)))
