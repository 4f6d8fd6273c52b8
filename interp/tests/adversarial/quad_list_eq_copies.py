# attack: a == a[:] on a million-item list, repeated
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
a = [0] * 10**6
while True:
    a == a[:]
