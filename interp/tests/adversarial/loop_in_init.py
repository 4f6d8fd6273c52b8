# attack: __init__ that loops
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
class C:
    def __init__(self):
        while True:
            pass

C()
