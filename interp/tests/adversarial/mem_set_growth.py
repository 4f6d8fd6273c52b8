# attack: set growth in a loop
# expect: memory_limit  limits: memory=16M wall=2
s = set()
i = 0
while True:
    s.add(i)
    i += 1
