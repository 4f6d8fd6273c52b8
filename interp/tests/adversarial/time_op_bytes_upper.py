# attack: bytes.upper of 40 MB
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
b = b'ab' * (20 * 10 ** 6)
while True:
    e = b.upper()
