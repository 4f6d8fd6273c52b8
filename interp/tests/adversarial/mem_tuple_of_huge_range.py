# attack: tuple(range(10**12))
# expect: memory_limit  limits: memory=32M wall=1
t = tuple(range(10**12))
