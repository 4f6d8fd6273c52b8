# attack: a property whose getter reads itself
# expect: runtime_error(RuntimeError)  limits: wall=2
class P:
    @property
    def x(self):
        return self.x
P().x
