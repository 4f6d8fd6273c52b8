r = range(3)
print(r.index(1.0), r.count(1.0), r.count(True), 1.0 in r, 'a' in r, True in r, r.count('a'))
class Int(int):
    pass
print(Int(2) in r, r.index(Int(2)))
