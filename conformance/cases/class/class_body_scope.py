class C:
    x = 10
    y = x * 2
    l = [x for _ in range(1)] if False else None
    def f(self):
        return x
print(C.y)
C().f()
