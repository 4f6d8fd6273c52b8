# attack: decimal conversion of a 3-million-digit int (quadratic), repeated
# expect: time_limit(wall)  limits: wall=0.5 memory=256M
x = 10 ** (3 * 10 ** 6) - 1
while True:
    s = str(x)
