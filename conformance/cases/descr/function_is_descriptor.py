def f(self):
    return self
class C:
    pass
c = C()
bound = f.__get__(c, C)
print(bound() is c, f.__get__(None, C) is f)
