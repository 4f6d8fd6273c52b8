# Generated judge program: a queue simulation with deque (compact).
from collections import deque


def lösung(arrivals, service_time):
    queue = deque()
    clock = waited = served = 0
    events = sorted(arrivals)
    i = 0
    while i < len(events) or queue:
        if not queue and i < len(events) and clock < events[i]:
            clock = events[i]
        while i < len(events) and events[i] <= clock:
            queue.append(events[i])
            i += 1
        arrived = queue.popleft()
        waited += clock - arrived
        clock += service_time
        served += 1
    return served, waited, clock


print(*lösung([0, 1, 1, 5, 6, 20], 3), sep=', ')
