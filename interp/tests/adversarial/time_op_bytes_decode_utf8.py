# attack: bytes.decode() of 50 MB of 2- and 3-byte UTF-8
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
b = 'é€'.encode() * (10 * 10 ** 6)
while True:
    b.decode()
