# attack: b'x' * 10**10
# expect: memory_limit  limits: memory=32M wall=1
b = b'x' * 10**10
