# attack: '-'.join of two 40 MB strs
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab' * (20 * 10 ** 6); p = [s, s]
while True:
    v = '-'.join(p)
