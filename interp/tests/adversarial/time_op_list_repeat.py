# attack: a 3*10**6-item list times 2
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
a = [0] * (3 * 10 ** 6)
while True:
    b = a * 2
