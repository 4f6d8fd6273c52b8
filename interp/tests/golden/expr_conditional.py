# Conditional expressions in every position.
x = a if cond else b
y = (a if c1 else b) if c2 else (d if c3 else e)
z = [a if a else b for a in xs if (a if a else b)]
f(a if b else c, key=d if e else f)
w = lambda: a if b else c
v = {k if k else 0: v if v else 1 for k, v in pairs}
u = not a if b else c
t = a or b if c and d else e or f
s = (yield_) if True else None
r = a if b else lambda: c
