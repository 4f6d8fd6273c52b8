# attack: str.zfill(10**10)
# expect: memory_limit  limits: memory=32M wall=1
s = '1'.zfill(10**10)
