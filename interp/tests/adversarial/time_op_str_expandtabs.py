# attack: str.expandtabs of 10**7 tabs
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'a\t' * (10 ** 7)
while True:
    u = s.expandtabs()
