# attack: 'ab' * (5*10**7)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab'
while True:
    u = s * (5 * 10 ** 7)
