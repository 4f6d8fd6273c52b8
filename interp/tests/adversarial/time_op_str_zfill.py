# attack: '1'.zfill(3*10**7)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
s = '-1'
while True:
    u = s.zfill(3 * 10 ** 7)
