from collections import deque
adj = {i: [(i * 3 + 1) % 50, (i * 7 + 2) % 50] for i in range(50)}
dist = {0: 0}
q = deque([0])
while q:
    u = q.popleft()
    for v in adj[u]:
        if v not in dist:
            dist[v] = dist[u] + 1
            q.append(v)
print(len(dist), max(dist.values()), sorted(dist.items())[:8])
