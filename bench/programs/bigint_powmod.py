# Big-number op: modular exponentiation, repeated over many bases and exponents.
MOD = 10 ** 9 + 7
total = pow(3, 10 ** 6, MOD)
for base in range(2, 20000):
    total = (total + pow(base, 10 ** 6 + base, MOD)) % MOD
print(total)
