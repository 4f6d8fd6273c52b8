class C:
    def m(self):
        __x = 'local'
        def inner():
            return __x
        return inner()
print(C().m())
