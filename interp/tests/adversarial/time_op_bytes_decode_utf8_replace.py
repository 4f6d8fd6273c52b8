# attack: bytes.decode('utf-8', 'replace') of 4*10**7 invalid bytes (session 6: error path paced)
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
b = b'\xff' * (4 * 10 ** 7)
while True:
    b.decode('utf-8', 'replace')
