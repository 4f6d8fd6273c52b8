# attack: __format__ that calls format(self)
# expect: runtime_error(RuntimeError)  limits: wall=2
class F:
    def __format__(self, spec):
        return format(self, spec)
'{}'.format(F())
