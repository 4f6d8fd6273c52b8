# attack: list growth by appending many small fresh strings (per-object accounting)
# expect: memory_limit  limits: memory=16M wall=2
a = []
while True:
    a.append(str(len(a)))
