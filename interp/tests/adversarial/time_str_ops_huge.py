# attack: long native str operations on 40 MB strings: count, upper, replace, split, join, in
# expect: time_limit(wall)|memory_limit  limits: wall=0.5 memory=512M
s = 'ab' * (20 * 10 ** 6)
while True:
    s.count('ba')
    'abc' in s
    t = s.upper()
    u = s.replace('a', 'xy')
    parts = s.split('b')
    v = '-'.join(parts)
