# attack: str.replace that multiplies the length by 10**4
# expect: memory_limit  limits: memory=32M wall=1
s = ('x' * 10**6).replace('x', 'y' * 10**4)
