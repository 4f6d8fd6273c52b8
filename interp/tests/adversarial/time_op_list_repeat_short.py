# attack: [0, 1] * (5*10**6)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
a = [0, 1]
while True:
    b = a * (5 * 10 ** 6)
