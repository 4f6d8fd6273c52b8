# attack: x in a 3*10**5-item frozenset in a loop (each lookup copied the whole table)
# expect: time_limit(wall)  limits: wall=0.3 memory=256M
f = frozenset(range(3 * 10 ** 5))
while True:
    -1 in f
