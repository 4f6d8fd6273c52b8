# attack: one int power whose last squarings are huge multiplies (7**(3*10**7), 84M bits)
# expect: time_limit(wall)  limits: wall=0.5 memory=256M
x = 7 ** (3 * 10 ** 7)
print("unreachable")
