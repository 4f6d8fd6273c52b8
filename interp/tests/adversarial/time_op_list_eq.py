# attack: == of two 10**7-item lists
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
a = [0] * (10 ** 7); c = a[:]
while True:
    a == c
