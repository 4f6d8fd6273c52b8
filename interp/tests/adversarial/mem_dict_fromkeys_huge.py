# attack: dict.fromkeys(range(10**9))
# expect: memory_limit  limits: memory=32M wall=1
d = dict.fromkeys(range(10**9))
