# attack: bytes.split into 2*10**7 parts
# expect: time_limit(wall)|memory_limit  limits: wall=0.3 memory=512M
b = b'ab' * (20 * 10 ** 6)
while True:
    p = b.split(b'b')
