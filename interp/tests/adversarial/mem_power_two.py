# attack: 2**(2**40)
# expect: memory_limit  limits: memory=32M wall=1
n = 2 ** (2 ** 40)
