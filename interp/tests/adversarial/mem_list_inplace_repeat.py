# attack: a *= 10**10
# expect: memory_limit  limits: memory=32M wall=1
a = [0]
a *= 10**10
