# attack: a 40 MB str times 3
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab' * (20 * 10 ** 6)
while True:
    u = s * 3
