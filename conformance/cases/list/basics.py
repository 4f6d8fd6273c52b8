l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
l.insert(100, 7)
l.insert(-1, 9)
print(l, len(l), l.count(1), l.index(2))
