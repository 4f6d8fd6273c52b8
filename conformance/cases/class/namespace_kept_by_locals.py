# A class body's namespace that escapes through locals() is copied into the
# class: later changes to it do not reach the class, and the class's own
# changes do not reach it.
class C:
    x = 1
    saved = locals()

print(C.x, sorted(k for k in C.saved if not k.startswith('__')))
C.saved['y'] = 2
print(hasattr(C, 'y'), 'y' in C.saved)
C.z = 3
print('z' in C.saved, C.z)


# A namespace nobody kept: the class still gets every entry.
class D(C):
    a = 1

    def f(self):
        return self.a + self.x

print(D().f(), sorted(k for k in vars(D) if not k.startswith('__')))
print(D.__qualname__, D.__module__, D.__doc__)
