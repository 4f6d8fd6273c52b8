# Input for stdin_graph.py: a connected random graph, n = 60000, m = 120000.
import sys

n, m = 60000, 120000
seed = 99
lines = ['%d %d' % (n, m)]
for v in range(2, n + 1):
    seed = (seed * 1103515245 + 12345) % 2147483648
    lines.append('%d %d %d' % (seed % (v - 1) + 1, v, 1 + (seed >> 8) % 1000))
for _ in range(m - (n - 1)):
    seed = (seed * 1103515245 + 12345) % 2147483648
    u = seed % n + 1
    seed = (seed * 1103515245 + 12345) % 2147483648
    lines.append('%d %d %d' % (u, seed % n + 1, 1 + (seed >> 8) % 1000))
sys.stdout.write('\n'.join(lines) + '\n')
