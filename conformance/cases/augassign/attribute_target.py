class C:
    pass
c = C()
c.n = 1
c.n += 41
print(c.n)
