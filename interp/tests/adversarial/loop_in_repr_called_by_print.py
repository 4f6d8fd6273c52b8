# attack: __repr__ that loops, called by print
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
class R:
    def __repr__(self):
        while True:
            pass

print([R()])
