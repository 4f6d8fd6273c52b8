import threading, sys
sys.setrecursionlimit(10**6)
threading.stack_size(2**27)
def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    def dfs(v):
        if v == 0:
            return 0
        return dfs(v - 1) + 1
    print(dfs(n))
t = threading.Thread(target=main)
t.start()
t.join()
