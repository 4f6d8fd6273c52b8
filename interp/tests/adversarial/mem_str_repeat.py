# attack: 'x' * 10**10
# expect: memory_limit  limits: memory=32M wall=1
s = 'x' * 10**10
