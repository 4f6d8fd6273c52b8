import copy
shared = [1]
x = [shared, shared, {'k': shared}]
y = copy.deepcopy(x)
print(y[0] is y[1], y[2]['k'] is y[0], y[0] is shared)
memo = {}
z = copy.deepcopy(x, memo)
print(id(shared) in memo, memo[id(shared)] is z[0])
a = [1]
pre = {id(a): 'replaced'}
print(copy.deepcopy([a, 2], pre))
