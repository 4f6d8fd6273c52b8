# attack: [0, 1] * (15*10**5)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
a = [0, 1]
while True:
    b = a * (15 * 10 ** 5)
