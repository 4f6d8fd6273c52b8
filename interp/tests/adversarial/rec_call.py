# attack: __call__ that calls self()
# expect: runtime_error(RuntimeError)  limits: wall=2
class C:
    def __call__(self):
        return self()
C()()
