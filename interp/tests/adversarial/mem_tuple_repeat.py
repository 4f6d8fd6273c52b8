# attack: (0,) * 10**10
# expect: memory_limit  limits: memory=32M wall=1
t = (0,) * 10**10
