# attack: a 10**7-item list times 2
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
a = [0] * (10 ** 7)
while True:
    b = a * 2
