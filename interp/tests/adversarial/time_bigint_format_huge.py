# attack: '%d' and format() of a 3-million-digit int
# expect: time_limit(wall)  limits: wall=0.5 memory=256M
x = 7 ** 3600000
while True:
    s = '%d' % x
    t = format(x, ',')
