# attack: '-'.join over a generator of 10**9 strings
# expect: memory_limit|time_limit(wall)  limits: memory=16M wall=2
s = '-'.join(str(i) for i in range(10**9))
