# attack: one str.split() on 10**7 words
# expect: time_limit(wall)|memory_limit  limits: wall=0.3 memory=512M
s = 'ab ' * (10 ** 7)
while True:
    p = s.split()
