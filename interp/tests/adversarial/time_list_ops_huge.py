# attack: long native list operations: `in`, index, count, repeat, reverse, copy, == (1024M since session 7: `a * 2` now reserves the copy of `a` beside its result, 610 MiB, so 512M refused it before the later operations ran)
# expect: time_limit(wall)|memory_limit  limits: wall=0.5 memory=1024M
a = [0] * (10 ** 7)
while True:
    -1 in a
    a.count(1)
    b = a * 2
    b.reverse()
    c = a[:]
    a == c
