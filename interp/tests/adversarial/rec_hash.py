# attack: __hash__ that calls hash(self)
# expect: runtime_error(RuntimeError)  limits: wall=2
class H:
    def __hash__(self):
        return hash(self)
{H(): 1}
