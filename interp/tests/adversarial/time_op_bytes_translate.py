# attack: bytes.translate of 40 MB with a delete set
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
b = b'ab' * (20 * 10 ** 6); t = bytes.maketrans(b'ab', b'cd')
while True:
    e = b.translate(t, b'c')
