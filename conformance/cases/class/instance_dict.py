class C:
    def __init__(self):
        self.b = 2
        self.a = 1
c = C()
print(sorted(c.__dict__.items()))
c.__dict__['z'] = 26
print(c.z)
