def append(x, l=[]):
    l.append(x)
    return l
print(append(1), append(2), append(3, []), append(4))
