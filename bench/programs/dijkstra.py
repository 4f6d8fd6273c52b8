# Judge-style: Dijkstra's shortest paths with heapq on a random sparse graph.
import heapq


def make_graph(n, m):
    adj = [[] for _ in range(n)]
    seed = 7
    for _ in range(m):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        u = seed % n
        v = (seed >> 20) % n
        w = 1 + (seed >> 40) % 100
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj


def dijkstra(adj, src):
    inf = float('inf')
    dist = [inf] * len(adj)
    dist[src] = 0
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


dist = dijkstra(make_graph(15000, 45000), 0)
reach = [d for d in dist if d != float('inf')]
print(len(reach), max(reach), sum(reach) % 1000003)
