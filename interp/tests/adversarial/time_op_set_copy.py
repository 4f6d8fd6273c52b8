# attack: copy of a 3*10**5-item set in a loop
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
s = set(range(3 * 10 ** 5))
while True:
    s.copy()
