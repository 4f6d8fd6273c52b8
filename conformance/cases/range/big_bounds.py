r = range(10**20)
print(r, r[-1], r[10**19], r.start, r.stop, r.step, 10**19 in r, -1 in r, 10**20 in r)
print(r[5:10], list(r[5:10]), r[::-1], r[::10**19], r.index(12345), r.count(10**19), r.count(-5))
print(range(0, 10**20, 7)[-1], range(-10**20, 10**20, 10**19), list(range(-10**20, 10**20, 10**19))[:3])
