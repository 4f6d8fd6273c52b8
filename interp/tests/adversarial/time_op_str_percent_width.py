# attack: '%*d' % (10**8, 1)
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
x = 1
while True:
    u = '%*d' % (10 ** 8, x)
