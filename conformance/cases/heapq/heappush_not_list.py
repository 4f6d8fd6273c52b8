import heapq
heapq.heappush((), 1)
