# attack: a.index of the last of 10**7 items
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
a = [0] * (10 ** 7); a[-1] = 1
while True:
    a.index(1)
