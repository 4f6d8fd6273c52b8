# attack: `x in list` over a million-item list, repeated
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
big = list(range(10**6))
while True:
    -1 in big
