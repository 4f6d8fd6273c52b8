# attack: '{}'.format(x) of a 10M-bit int
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
x = 7 ** 3600000
while True:
    s = '{}'.format(x)
