# -*- coding: latin-1 -*-
# Dijkstra's algorithm with heapq on an adjacency list.
import heapq
import sys

INF = float('inf')


def dijkstra(graph, source):
    dist = {node: INF for node in graph}
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


def read_graph(stream):
    n, m = map(int, stream.readline().split())
    graph = {i: [] for i in range(1, n + 1)}
    for _ in range(m):
        a, b, w = map(int, stream.readline().split())
        graph[a].append((b, w))
        graph[b].append((a, w))
    return graph


if __name__ == '__main__':
    g = read_graph(sys.stdin)
    result = dijkstra(g, 1)
    print(' '.join(str(result[k]) if result[k] != INF else '-1' for k in sorted(result)))
