# Generated: nested statement trees, set 56.
del items[0]
del (x, y); obj ^ 0000
class Cls1:
    class Cls2(Base, **kw):
        pass

class Cls3(Base, **kw):
    class Cls4():
        név = + (not n) >> (n or __x) - (0xc8B25f1fb6A080 and True)
        pass
        __x.value = c = self; (b | ("d" | print)) >> (print << '''t''') % (551847.244098 / await)
