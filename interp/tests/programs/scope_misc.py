x = "global"
def outer():
    x = "outer"
    def inner():
        return x
    return inner()
print(outer())
class K:
    v = 1
    w = [v * 2 for _ in range(2)] if False else 2
    def m(self):
        return self.v
print(K().m(), K.w)
def f():
    try:
        return y
    except NameError as e:
        return str(e)
print(f())
def unbound():
    print(z)
    z = 1
try:
    unbound()
except UnboundLocalError:
    print("unbound")
print(__name__, type(__builtins__).__name__)
if __name__ == "__main__":
    print("main")
a = b = 5
a, b = b + 1, a
print(a, b)
print(globals()["x"], "outer" in dir())
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("never")
for j in range(2):
    pass
else:
    print("for else", j)
print(eval("1 + 2"), eval("x"))
exec("q = 10")
print(q)
ns = {}
exec("def hello(): return 'hi'", ns)
print(ns["hello"]())
print(compile("1", "<s>", "eval").__class__.__name__)
print(id(a) == id(a), hash(1) == hash(1.0), callable(len), callable(1))
print(getattr(K, "v"), hasattr(K, "nope"), getattr(K, "nope", "default"))
setattr(K, "new", 3); print(K.new); delattr(K, "new"); print(hasattr(K, "new"))
print(vars(K)["v"], type(1), type("s"), type(None), type(K), K)
print(isinstance(True, int), issubclass(bool, int), type(2 ** 100))
print(sorted(vars(K().__class__)) == sorted(K.__dict__))
def mangled():
    class P:
        __secret = 1
        def get(self):
            return self.__secret
    return P().get(), hasattr(P, "_P__secret")
print(mangled())
lam = lambda: (yield)
print(type(lam()).__name__)
print(str(1.0), str(10 ** 16 * 1.0), 1/3, 2/3, 1e22, 123456789.123456789)
