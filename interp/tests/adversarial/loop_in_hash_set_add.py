# attack: __hash__ that loops, reached by set.add
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
class H:
    def __hash__(self):
        while True:
            pass

s = set()
s.add(H())
