# attack: __eq__ that loops, reached by a dict lookup on colliding hashes
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
class K:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        while True:
            pass

d = {K(): 1}
print(K() in d)
