# attack: hash() of a 60 MB bytes in a loop (bytes do not cache their hash)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
b = b'abc' * (20 * 10 ** 6)
while True:
    hash(b)
