# attack: 'ab' * (15*10**6)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab'
while True:
    u = s * (15 * 10 ** 6)
