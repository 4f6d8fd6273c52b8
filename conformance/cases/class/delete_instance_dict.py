# del obj.__dict__ leaves the instance without attributes (CPython 3.4's
# subtype_setdict accepts deletion); new attributes can be set afterwards.
class Thing:
    def __init__(self):
        self.a = 1
        self.b = 2

t = Thing()
del t.__dict__
print(t.__dict__, hasattr(t, "a"))
t.c = 3
print(t.c, sorted(vars(t)))
