people = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(people, key=lambda p: (p[1], p[0])))
