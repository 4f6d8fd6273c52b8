# attack: a chain of closures, each capturing the previous
# expect: memory_limit  limits: memory=16M wall=2
f = lambda: 0
while True:
    f = (lambda g: lambda: g)(f)
