import weakref
class C:
    pass
o = C()
seen = []
p = weakref.proxy(o, lambda px: seen.append("dead"))
del o
print(seen)
