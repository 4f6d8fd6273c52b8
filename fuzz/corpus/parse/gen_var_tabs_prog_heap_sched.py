# Event scheduling with heapq, bisect-based interval lookups and sorting stability.
import bisect
import heapq


def schedule(tasks, workers):
	free = [(0, w) for w in range(workers)]
	heapq.heapify(free)
	plan = []
	for name, duration in sorted(tasks, key=lambda t: -t[1]):
		start, worker = heapq.heappop(free)
		plan.append((worker, start, name))
		heapq.heappush(free, (start + duration, worker))
	return sorted(plan), max(t for t, _ in free)


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
	return grades[bisect.bisect(breakpoints, score)]


plan, makespan = schedule([('a', 3), ('b', 2), ('c', 7), ('d', 4), ('e', 1)], 2)
print(plan, makespan)
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, 'hello'))
