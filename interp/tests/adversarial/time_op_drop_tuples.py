# attack: a = None on 3*10**6 one-item tuples (list(zip(...)) builds them natively): one huge free per iteration
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
while True:
    a = list(zip(range(3 * 10 ** 6)))
    a = None
