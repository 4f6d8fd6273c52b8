# attack: '-'.join of a large list, forever
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
parts = ['ab'] * 10**6
while True:
    s = '-'.join(parts)
