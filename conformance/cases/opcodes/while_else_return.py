def find(xs, t):
    i = 0
    while i < len(xs):
        if xs[i] == t:
            return i
        i += 1
    else:
        return -1
print(find([1, 2, 3], 3), find([1], 9))
