# attack: str.center(10**10)
# expect: memory_limit  limits: memory=32M wall=1
s = 'x'.center(10**10)
