import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("finalize", self.name, self.peer is not None)
a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
del a, b
print("before collect")
n = gc.collect()
print("collected", n >= 2)
print(gc.collect() >= 0)
