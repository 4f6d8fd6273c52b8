# attack: '%*d' % (3*10**7, 1)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
x = 1
while True:
    u = '%*d' % (3 * 10 ** 7, x)
