# attack: sorting a million-item list forever (native sort)
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
a = list(range(10**6, 0, -1))
while True:
    sorted(a)
