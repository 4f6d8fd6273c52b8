# attack: == of two 3*10**6-item lists
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
a = [0] * (3 * 10 ** 6); c = a[:]
while True:
    a == c
