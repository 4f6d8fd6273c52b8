# attack: one str.split into 2*10**7 parts
# expect: time_limit(wall)|memory_limit  limits: wall=0.3 memory=512M
s = 'ab' * (20 * 10 ** 6)
while True:
    p = s.split('b')
