# attack: freeing 3*10**5 small dicts held by a list (each dict's table is its own free)
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
a = [{i: i} for i in range(3 * 10 ** 5)]
while True:
    b = [x.copy() for x in a]
