# attack: dict growth in a loop
# expect: memory_limit  limits: memory=16M wall=2
d = {}
i = 0
while True:
    d[i] = i
    i += 1
