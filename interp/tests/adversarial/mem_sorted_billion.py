# attack: sorted(range(10**9)) must materialise 10**9 items
# expect: memory_limit  limits: memory=32M wall=1
a = sorted(range(10**9))
