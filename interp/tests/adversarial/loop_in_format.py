# attack: __format__ that loops, reached by str.format
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
class F:
    def __format__(self, spec):
        while True:
            pass

'{}'.format(F())
