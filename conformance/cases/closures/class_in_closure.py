def make(v):
    class C:
        value = v
        def get(self):
            return v * 2
    return C
print(make(3).value, make(3)().get(), make('x')().get())
