# attack: id(), default repr and hash reveal no host addresses (same output on a second run)
# expect: ok  limits: wall=1
# deterministic: run twice, same stdout and instruction count
o = object()
print(id(o) == id(o), hash(o) == hash(o), type(repr(o)))
print(hash('abc'), hash((1, 2)))
