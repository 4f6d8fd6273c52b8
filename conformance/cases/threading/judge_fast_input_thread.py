# The judge idiom with fast input, a recursive DFS over a path graph and
# the answer written through sys.stdout.write.
import sys, threading
input = sys.stdin.readline
def main():
    n = int(input())
    adj = [[] for _ in range(n + 1)]
    for _ in range(n - 1):
        a, b = map(int, input().split())
        adj[a].append(b)
        adj[b].append(a)
    size = [0] * (n + 1)
    def dfs(v, parent):
        s = 1
        for w in adj[v]:
            if w != parent:
                s += dfs(w, v)
        size[v] = s
        return s
    dfs(1, 0)
    sys.stdout.write(' '.join(map(str, size[1:11])) + '\n')
    sys.stdout.write(str(sum(size)) + '\n')
sys.setrecursionlimit(1 << 25)
threading.stack_size(1 << 27)
thread = threading.Thread(target=main)
thread.start()
thread.join()
