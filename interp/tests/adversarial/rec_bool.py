# attack: __bool__ that calls bool(self)
# expect: runtime_error(RuntimeError)  limits: wall=2
class B:
    def __bool__(self):
        return bool(self)
if B():
    pass
