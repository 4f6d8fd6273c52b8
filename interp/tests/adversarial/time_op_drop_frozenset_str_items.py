# attack: a = None on a frozenset of 10**6 fresh strs, again and again: one free of the whole table per iteration before the fix
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
while True:
    a = frozenset(map(str, range(10 ** 6)))
    a = None
