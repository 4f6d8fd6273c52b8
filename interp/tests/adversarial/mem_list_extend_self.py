# attack: a.extend(a) doubling
# expect: memory_limit  limits: memory=32M wall=1
a = [1]
while True:
    a.extend(a)
