# attack: pow(a, b, m) with a 200,000-bit modulus and a 4096-bit exponent
# expect: time_limit(wall)  limits: wall=0.5 memory=256M
m = 3 ** 126000 + 2
a = 7 ** 70000
b = 5 ** 1760
print(pow(a, b, m) > 0)
