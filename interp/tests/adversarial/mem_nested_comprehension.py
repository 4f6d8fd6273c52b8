# attack: [[0] * 1000 for _ in range(10**6)]
# expect: memory_limit  limits: memory=32M wall=1
a = [[0] * 1000 for _ in range(10**6)]
