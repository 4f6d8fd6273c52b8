# with statements: one item, several items, targets, nesting, parenthesized forms.
with open("a") as f:
    data = f.read()
with lock:
    pass
with a as x, b as y, c:
    pass
with a() as (p, q):
    pass
with a() as [p, q]:
    pass
with a() as obj.attr, b() as table[0]:
    pass
with ctx(1) as first:
    with ctx(2) as second:
        with ctx(3):
            pass
with (a):
    pass
with (a, b):
    pass
with (yield_value) as v: pass
with a, b, c, d, e: pass
