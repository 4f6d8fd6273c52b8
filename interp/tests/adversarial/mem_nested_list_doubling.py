# attack: a = [a, a] in a loop (a DAG that keeps every list alive)
# expect: memory_limit  limits: memory=16M wall=2
a = []
while True:
    a = [a, a]
