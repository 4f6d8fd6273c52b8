# attack: list growth by append in a loop
# expect: memory_limit  limits: memory=16M wall=2
a = []
while True:
    a.append(1)
