import copy
def f():
    pass
class C:
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(C) is C, copy.deepcopy(C) is C)
print(copy.deepcopy(len) is len, copy.copy(Ellipsis) is Ellipsis, copy.deepcopy(NotImplemented) is NotImplemented)
class Sub(list):
    pass
s = Sub([1, [2]])
s.attr = 'a'
t = copy.deepcopy(s)
print(type(t).__name__, t, t.attr, t[1] is s[1])
u = copy.copy(s)
print(type(u).__name__, u[1] is s[1], u.attr)
