# attack: (0,) * 10**7
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
t = (0,)
while True:
    u = t * (10 ** 7)
