# attack: set() and dict building from huge iterables, repeated
# expect: time_limit(wall)|memory_limit  limits: wall=0.5 memory=512M
while True:
    s = set(range(3 * 10 ** 6))
    d = dict.fromkeys(range(3 * 10 ** 6))
    f = frozenset(s)
