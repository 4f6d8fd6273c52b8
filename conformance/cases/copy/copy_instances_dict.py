import copy
class P:
    def __init__(self):
        self.items = [1]
p = P()
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append(2)
print(q.items, r.items, type(q).__name__)
