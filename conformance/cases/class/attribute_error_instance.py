class Point:
    pass
p = Point()
p.x = 1
print(p.x)
print(p.y)
