class Node:
    def __init__(self):
        self.ref = self
nodes = [Node() for _ in range(100)]
nodes = None
print('released')
