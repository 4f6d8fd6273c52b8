for i in range(10**20, 10**20 + 3):
    print(i)
print(list(reversed(range(10**20, 10**20 + 3))), next(iter(range(2**64, 2**65))))
print([x for x in range(2**63 - 2, 2**63 + 1)], list(range(-2**63 + 1, -2**63 - 2, -1)))
