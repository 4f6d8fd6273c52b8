def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
