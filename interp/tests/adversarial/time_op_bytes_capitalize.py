# attack: bytes.capitalize() of 40 MB
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
b = b'aB' * (20 * 10 ** 6)
while True:
    b.capitalize()
