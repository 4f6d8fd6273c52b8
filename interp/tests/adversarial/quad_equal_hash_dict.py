# attack: 10**5 keys with equal hashes in a dict
# expect: time_limit(wall)  limits: instructions=100000000 wall=0.3 memory=64M
# stdout: ""
class K:
    __hash__ = lambda self: 1
d = {}
for i in range(10**5):
    d[K()] = i
print(len(d))
