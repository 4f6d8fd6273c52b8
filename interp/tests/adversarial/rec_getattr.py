# attack: __getattr__ that reads a missing attribute of self
# expect: runtime_error(RuntimeError)  limits: wall=2
class G:
    def __getattr__(self, name):
        return self.missing
G().x
