# attack: __getattribute__ that reads an attribute of self
# expect: runtime_error(RuntimeError)  limits: wall=2
class G:
    def __getattribute__(self, name):
        return self.x
G().x
