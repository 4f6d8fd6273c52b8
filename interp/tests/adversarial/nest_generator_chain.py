# attack: next() through 10**5 chained generator expressions
# expect: runtime_error(RuntimeError)|ok  limits: memory=256M wall=1
g = iter([0])
for i in range(10**5):
    g = (x for x in g)
print(next(g))
