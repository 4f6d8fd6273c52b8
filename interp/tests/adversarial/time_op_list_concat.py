# attack: a + a of 3*10**6 items
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
a = [0] * (3 * 10 ** 6)
while True:
    c = a + a
