# attack: -1 in a 10**7-item list
# expect: time_limit(wall)  limits: wall=0.3 memory=512M
a = [0] * (10 ** 7)
while True:
    -1 in a
