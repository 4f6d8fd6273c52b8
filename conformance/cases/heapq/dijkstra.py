import heapq
n = 200
adj = [[] for _ in range(n)]
for i in range(n):
    for j in (1, 7, 31):
        adj[i].append(((i + j) % n, (i * j) % 17 + 1))
dist = [10**9] * n
dist[0] = 0
pq = [(0, 0)]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        if d + w < dist[v]:
            dist[v] = d + w
            heapq.heappush(pq, (d + w, v))
print(sum(dist), max(dist), dist[:10])
