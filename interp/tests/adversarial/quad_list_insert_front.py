# attack: list.insert(0, x) 10**7 times
# expect: time_limit|memory_limit  limits: instructions=100000000 wall=0.3 memory=64M
a = []
for i in range(10**7):
    a.insert(0, i)
