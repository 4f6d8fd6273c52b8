# List, set, dict comprehensions and generator expressions.
squares = [x * x for x in range(10)]
evens = [x for x in range(20) if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
filtered = [x for x in data if x if x > 0 if not x % 3]
nested = [[c for c in row] for row in matrix]
flat = [c for row in matrix for c in row]
unique = {x % 7 for x in range(100)}
index = {name: i for i, name in enumerate(names)}
inverse = {v: k for k, v in index.items() if v}
gen = (x for x in range(5))
total = sum(x * x for x in range(10))
anyof = any(c.isdigit() for c in text)
joined = ", ".join(str(i) for i in range(3) if i)
mx = max((len(w), w) for w in words)
two = list((a, b) for a in "ab" for b in "cd")
cond = [x if x > 0 else 0 for x in values]
lam = [lambda: i for i in range(3)]
deep = [[[k for k in range(j)] for j in range(i)] for i in range(4)]
tup = [(yield_x, y) for (yield_x, y) in zip(a, b)]
star_target = [rest for first, *rest in rows]
dict_nested = {k: {kk: vv for kk, vv in v.items()} for k, v in tree.items()}
set_of_tuples = {(i, j) for i in range(2) for j in range(i)}
ternary_in_iter = [x for x in (a if flag else b)]
lambda_filter = [x for x in xs if (lambda y: y)(x)]
sorted_gen = sorted((v, k) for k, v in counts.items())
call_kw = dict(zip(keys, values), **{k: 1 for k in extra})
