import gc
class Node:
    pass
for i in range(1000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
gc.collect()
print('ok')
