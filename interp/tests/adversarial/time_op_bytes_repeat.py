# attack: b'ab' * (15*10**6)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
b = b'ab'
while True:
    c = b * (15 * 10 ** 6)
