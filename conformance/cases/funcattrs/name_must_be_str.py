# A function's __name__ and __qualname__ only take str values.
def f():
    pass


for attr in ("__name__", "__qualname__"):
    for value in (5, None, "renamed"):
        try:
            setattr(f, attr, value)
            print(attr, "=", getattr(f, attr))
        except TypeError as e:
            print(attr, "TypeError:", e)
print(f.__name__, f.__qualname__)
