import heapq
heapq.heapify([1, 'a', 2])
