def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
sq(1); sq(2); sq(3)
print(sq.calls)
