# attack: a huge multiply under an instruction limit only: charged before it runs
# expect: time_limit(instructions)  limits: instructions=1000000 wall=10 memory=256M
x = 3 ** 2000000
y = x * x * x * x
print("unreachable")
