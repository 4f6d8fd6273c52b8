# The judge idiom without join(): the program ends once the thread is done.
import sys, threading
def main():
    n = int(sys.stdin.readline())
    children = [[] for _ in range(n)]
    for i in range(1, n):
        children[i - 1].append(i)
    def depth(v):
        best = 0
        for c in children[v]:
            best = max(best, depth(c) + 1)
        return best
    print(depth(0))
sys.setrecursionlimit(1 << 20)
threading.stack_size(1 << 26)
threading.Thread(target=main).start()
