# attack: __init__ that constructs another instance
# expect: runtime_error(RuntimeError)  limits: wall=2
class C:
    def __init__(self):
        C()
C()
