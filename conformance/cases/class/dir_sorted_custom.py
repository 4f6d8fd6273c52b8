class C:
    a = 1
    def b(self):
        pass
print([n for n in dir(C()) if not n.startswith('_')])
