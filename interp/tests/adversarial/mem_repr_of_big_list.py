# attack: repr of a list whose text is 100 MB
# expect: memory_limit  limits: memory=32M wall=1
r = repr([10**100] * 10**6)
