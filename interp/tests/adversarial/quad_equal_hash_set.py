# attack: 10**5 members with equal hashes in a set, with a Python __eq__
# expect: time_limit(wall)  limits: instructions=100000000 wall=0.3 memory=64M
# stdout: ""
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
s = set(K(i) for i in range(10**5))
print(len(s))
