# Generated: nested statement trees, set 28.
pass
len ** '''t''' if count or True or y else c; (j << 2.5E359) * 0 and (000) // b'b' ^ (data ^ π) and (items if i else 'é') <= items ^ False
del a[1:2]

for x, *rest in items * ...:
    try:
        continue
    finally:
        del x

def fn1(p0=-1):
    loc2 = 0
    class Cls3:
        items[0] -= y or b ** k

class Cls4:
    with 'é' | node if _ else value - 0XB0E7 as f, () as f:
        await = key.left = (not async) >= len not in None // _
        név = +...
    class Cls5(*bases):
        class Cls6(Base):
            (363J) ^ 402794.702704
        b = not r'\d' ** größe
        del x
