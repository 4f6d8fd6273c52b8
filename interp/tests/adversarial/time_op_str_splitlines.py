# attack: one str.splitlines on 10**7 lines
# expect: time_limit(wall)|memory_limit  limits: wall=0.3 memory=512M
s = 'ab\n' * (10 ** 7)
while True:
    p = s.splitlines()
