# attack: one sort of 2*10**6 distinct strs (a single native sort)
# expect: time_limit(wall)  limits: wall=1.5 memory=512M
a = [str((i * 7919) % 2000003) for i in range(2 * 10 ** 6)]
while True:
    b = sorted(a)
    b.sort(reverse=True)
