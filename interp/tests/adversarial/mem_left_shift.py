# attack: 1 << 10**10
# expect: memory_limit  limits: memory=32M wall=1
n = 1 << 10**10
