# attack: sorting 10**6 floats by a native key (str), then again
# expect: time_limit(wall)  limits: wall=1 memory=512M
a = [((i * 7919) % 1000003) / 7 for i in range(10 ** 6)]
while True:
    a.sort(key=str)
    a.sort(key=abs, reverse=True)
