# Judge-style: BFS over a generated grid graph with collections.deque.
from collections import deque


def build(n):
    walls = set()
    seed = 12345
    for _ in range(n * n // 4):
        seed = (seed * 1103515245 + 12345) % 2147483648
        walls.add((seed % n, (seed // n) % n))
    walls.discard((0, 0))
    walls.discard((n - 1, n - 1))
    return walls


def bfs(n, walls):
    dist = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        x, y = queue.popleft()
        d = dist[(x, y)] + 1
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < n and 0 <= ny < n and (nx, ny) not in walls and (nx, ny) not in dist:
                dist[(nx, ny)] = d
                queue.append((nx, ny))
    return dist.get((n - 1, n - 1), -1), len(dist)


n = 280
print(bfs(n, build(n)))
