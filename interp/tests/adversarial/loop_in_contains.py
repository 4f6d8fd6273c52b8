# attack: __contains__ that loops
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
class C:
    def __contains__(self, x):
        while True:
            pass

print(1 in C())
