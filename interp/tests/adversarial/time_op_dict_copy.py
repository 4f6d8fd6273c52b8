# attack: copy of a 3*10**5-item dict in a loop
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
d = dict.fromkeys(range(3 * 10 ** 5))
while True:
    d.copy()
