# attack: classes built by type() with a namespace of 3*10**5 fresh str values, dropped again and again (a class namespace is not a dict object: its table is taken out and freed a chunk at a time)
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
keys = ['k' + str(i) for i in range(3 * 10 ** 5)]
while True:
    C = type('C', (), dict(zip(keys, map(str, keys))))
    C = None
