# attack: __bool__ that loops, reached by if
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
class B:
    def __bool__(self):
        while True:
            pass

if B():
    pass
