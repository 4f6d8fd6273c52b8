def outer():
    def inner():
        return y
    r = []
    try:
        r.append(inner())
    except NameError as e:
        r.append(type(e).__name__)
    y = 5
    r.append(inner())
    return r
print(outer())
