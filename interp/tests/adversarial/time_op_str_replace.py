# attack: one str.replace with 2*10**7 matches on 40 MB, repeated
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab' * (20 * 10 ** 6)
while True:
    u = s.replace('a', 'xy')
