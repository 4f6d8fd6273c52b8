# attack: rebinding a dict of 10**6 fresh str keys and values: its table held 2*10**6 strs freed by the table's drop in one piece (~20-30 ns each); the entries are now freed a chunk at a time, paced by the deadline
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
while True:
    d = dict(zip(map(str, range(10 ** 6)), map(str, range(10 ** 6))))
