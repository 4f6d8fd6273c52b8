def outer():
    total = 0
    def add_all(xs):
        nonlocal total
        for x in xs:
            total += x
    add_all([1, 2, 3])
    add_all([10])
    return total
print(outer())
