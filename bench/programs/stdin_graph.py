# Judge-style: read a weighted graph from stdin (n m, then m lines "u v w"),
# BFS hop counts with deque and Dijkstra with heapq (input from
# stdin_graph.gen.py).
import sys
import heapq
from collections import deque


def main():
    it = iter(sys.stdin.read().split())
    n = int(next(it))
    m = int(next(it))
    adj = [[] for _ in range(n + 1)]
    for _ in range(m):
        u = int(next(it))
        v = int(next(it))
        w = int(next(it))
        adj[u].append((v, w))
        adj[v].append((u, w))
    hops = [-1] * (n + 1)
    hops[1] = 0
    q = deque([1])
    while q:
        u = q.popleft()
        for v, _ in adj[u]:
            if hops[v] < 0:
                hops[v] = hops[u] + 1
                q.append(v)
    inf = float('inf')
    dist = [inf] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    reach = [x for x in dist[1:] if x != inf]
    print(max(hops), sum(reach) % 1000000007, len(reach))


main()
