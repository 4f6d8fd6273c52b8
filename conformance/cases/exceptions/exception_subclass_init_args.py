class E(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = E(1, 2)
print(e.args, e.a, e.b)
