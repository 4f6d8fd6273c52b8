# attack: '-'.join of a million 1000-char strings (1 GB result)
# expect: memory_limit  limits: memory=32M wall=1
s = '-'.join(['x' * 1000] * 10**6)
