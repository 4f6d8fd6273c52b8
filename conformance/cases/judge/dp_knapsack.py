n, cap = map(int, input().split())
items = [tuple(map(int, input().split())) for _ in range(n)]
best = [0] * (cap + 1)
for w, v in items:
    for c in range(cap, w - 1, -1):
        if best[c - w] + v > best[c]:
            best[c] = best[c - w] + v
print(best[cap])
