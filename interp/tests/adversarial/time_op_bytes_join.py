# attack: b'-'.join of 10**6 parts
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
p = [b'ab'] * (10 ** 6)
while True:
    d = b'-'.join(p)
