# attack: str.casefold of 40 MB
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab' * (20 * 10 ** 6)
while True:
    u = s.casefold()
