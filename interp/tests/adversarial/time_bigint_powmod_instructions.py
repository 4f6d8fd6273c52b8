# attack: a huge pow(a, b, m) under an instruction limit only: charged before it runs
# expect: time_limit(instructions)  limits: instructions=1000000 wall=10 memory=256M
m = 3 ** 126000 + 2
a = 7 ** 70000
b = 5 ** 1760
print(pow(a, b, m) > 0)
