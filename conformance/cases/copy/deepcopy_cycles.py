import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, b[0])
d = {}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e)
class Node:
    pass
n = Node()
n.next = n
n.val = [1, 2]
m = copy.deepcopy(n)
print(m.next is m, m.val == n.val, m.val is n.val)
