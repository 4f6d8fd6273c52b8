# attack: __repr__ that calls repr(self)
# expect: runtime_error(RuntimeError)  limits: wall=2
class R:
    def __repr__(self):
        return repr(self)
repr(R())
