# attack: <= of two 3*10**5-item frozensets in a loop
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
a = frozenset(range(3 * 10 ** 5))
b = frozenset(range(3 * 10 ** 5))
while True:
    a <= b
