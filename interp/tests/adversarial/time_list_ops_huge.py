# attack: long native list operations: `in`, index, count, repeat, reverse, copy, ==
# expect: time_limit(wall)|memory_limit  limits: wall=0.5 memory=512M
a = [0] * (10 ** 7)
while True:
    -1 in a
    a.count(1)
    b = a * 2
    b.reverse()
    c = a[:]
    a == c
