# attack: str.count with 2*10**7 matches
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = 'ab' * (20 * 10 ** 6)
while True:
    s.count('ba')
