# attack: (0,) * 3*10**6
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
t = (0,)
while True:
    u = t * (3 * 10 ** 6)
