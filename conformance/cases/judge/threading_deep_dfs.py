import sys
import threading
def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    idx = 1
    for _ in range(n - 1):
        u = int(data[idx]); v = int(data[idx + 1]); idx += 2
        adj[u].append(v); adj[v].append(u)
    size = [0] * (n + 1)
    depth = [0] * (n + 1)
    def dfs(u, p):
        size[u] = 1
        for v in adj[u]:
            if v != p:
                depth[v] = depth[u] + 1
                dfs(v, u)
                size[u] += size[v]
    dfs(1, 0)
    sys.stdout.write(' '.join(map(str, size[1:])) + '\n')
    sys.stdout.write(' '.join(map(str, depth[1:])) + '\n')
    print(max(depth), sum(size))
sys.setrecursionlimit(1 << 25)
threading.stack_size(1 << 27)
t = threading.Thread(target=main)
t.start()
t.join()
