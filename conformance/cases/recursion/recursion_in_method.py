class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)
head = None
for i in range(200):
    head = Node(i, head)
print(head.total())
