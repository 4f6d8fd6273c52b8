import heapq
heapq.heapreplace([], 1)
