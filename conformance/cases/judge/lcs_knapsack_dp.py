import sys
def lcs(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = dp[i + 1][j + 1] + 1
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return dp[0][0], ''.join(out)
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[cap]
t = int(sys.stdin.readline())
for _ in range(t):
    a = sys.stdin.readline().strip()
    b = sys.stdin.readline().strip()
    print("%d %s" % lcs(a, b))
k = list(map(int, sys.stdin.readline().split()))
cap = k[0]
items = [tuple(map(int, line.split())) for line in sys.stdin if line.strip()]
print(knapsack(items, cap))
