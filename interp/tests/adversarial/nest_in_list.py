# attack: `in` over a list holding a deeply nested list (equality recursion)
# expect: runtime_error(RuntimeError)  limits: memory=256M wall=1
a = []
for i in range(10**6):
    a = [a]
b = []
for i in range(10**6):
    b = [b]
b in [a]
