import queue
graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []}
dist = {0: 0}
q = queue.Queue()
q.put(0)
while not q.empty():
    u = q.get()
    for v in graph[u]:
        if v not in dist:
            dist[v] = dist[u] + 1
            q.put(v)
print(sorted(dist.items()))
pq = queue.PriorityQueue()
pq.put((0, 0))
best = {}
w = {(0, 1): 4, (0, 2): 1, (2, 1): 2, (1, 3): 1, (2, 3): 5}
while not pq.empty():
    d, u = pq.get()
    if u in best:
        continue
    best[u] = d
    for (a, b), c in sorted(w.items()):
        if a == u and b not in best:
            pq.put((d + c, b))
print(sorted(best.items()))
