# Tree recursion that passes through built-ins (sum over a generator, max of
# map, sorted with a key, a recursive __repr__) 1500 levels deep, with the
# recursion limit raised as judge solutions do.
import sys
sys.setrecursionlimit(100000)
n = int(sys.stdin.readline())
kids = {i: [i + 1] for i in range(n)}


def size(u):
    return 1 + sum(size(v) for v in kids.get(u, ()))


def height(u):
    return 1 + max(map(height, kids[u])) if u in kids else 1


def deepest(u):
    return sorted(kids.get(u, ()), key=deepest)[0] if u in kids else u


class Node:
    def __init__(self, v, child=None):
        self.v = v
        self.child = child

    def __repr__(self):
        return "N(%d%s)" % (self.v, ", " + repr(self.child) if self.child else "")


print(size(0), height(0), deepest(0))
head = None
for i in range(600):
    head = Node(i, head)
text = repr(head)
print(len(text), text[:20], text[-12:])
