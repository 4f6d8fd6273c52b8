def repeat(n):
    def deco(f):
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def g(x):
    return x * 2
print(g(5))
