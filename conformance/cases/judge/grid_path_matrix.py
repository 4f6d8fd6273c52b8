from collections import deque
import sys
def read():
    return sys.stdin.readline().rstrip('\n')
h, w = map(int, read().split())
grid = [read() for _ in range(h)]
start = end = None
for r in range(h):
    for c in range(w):
        if grid[r][c] == 'S': start = (r, c)
        elif grid[r][c] == 'E': end = (r, c)
dist = {start: 0}
prev = {}
dq = deque([start])
while dq:
    r, c = dq.popleft()
    if (r, c) == end:
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            prev[(nr, nc)] = (r, c)
            dq.append((nr, nc))
if end in dist:
    print(dist[end])
    path = [end]
    while path[-1] != start:
        path.append(prev[path[-1]])
    g = [list(row) for row in grid]
    for r, c in path[1:-1]:
        g[r][c] = '*'
    print('\n'.join(''.join(row) for row in g))
else:
    print(-1)
mat = [[int(x) for x in read().split()] for _ in range(int(read()))]
t = list(zip(*mat))
print(t)
prod = [[sum(a * b for a, b in zip(row, col)) for col in zip(*mat)] for row in mat]
for row in prod:
    print(' '.join('%4d' % v for v in row))
print([list(r) for r in zip(*mat[::-1])])
