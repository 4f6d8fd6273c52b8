# attack: bytes.decode('utf-16-le') of 40 MB (session 6: paced)
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
b = 'é'.encode('utf-16-le') * (2 * 10 ** 7)
while True:
    b.decode('utf-16-le')
