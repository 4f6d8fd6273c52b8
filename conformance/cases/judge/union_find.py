def find(p, x):
    while p[x] != x:
        p[x] = p[p[x]]
        x = p[x]
    return x
n, m = map(int, input().split())
parent = list(range(n))
for _ in range(m):
    a, b = map(int, input().split())
    ra, rb = find(parent, a), find(parent, b)
    if ra != rb:
        parent[ra] = rb
print(len({find(parent, i) for i in range(n)}))
