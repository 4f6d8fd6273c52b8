# attack: -1 in a 3*10**6-item list
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
a = [0] * (3 * 10 ** 6)
while True:
    -1 in a
