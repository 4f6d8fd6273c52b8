# attack: bytes.decode('utf-16-le', 'replace') of 4*10**7 bytes of lone surrogates
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
b = b'\x00\xdc' * (2 * 10 ** 7)
while True:
    b.decode('utf-16-le', 'replace')
