# attack: bytes.count with 2*10**7 matches
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
b = b'ab' * (20 * 10 ** 6)
while True:
    b.count(b'ba')
