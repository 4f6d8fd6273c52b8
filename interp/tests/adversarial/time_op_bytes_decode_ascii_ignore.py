# attack: bytes.decode('ascii', 'ignore') of 4*10**7 bytes above 127
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
b = b'\x80' * (4 * 10 ** 7)
while True:
    b.decode('ascii', 'ignore')
