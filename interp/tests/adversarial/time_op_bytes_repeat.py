# attack: b'ab' * (5*10**7)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
b = b'ab'
while True:
    c = b * (5 * 10 ** 7)
