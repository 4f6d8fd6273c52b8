# attack: rebinding a set of 10**6 fresh strs: the set's table was freed in one piece; its entries are now freed a chunk at a time, paced by the deadline
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
while True:
    s = set(map(str, range(10 ** 6)))
