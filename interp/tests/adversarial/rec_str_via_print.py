# attack: __str__ that calls str(self), reached by print
# expect: runtime_error(RuntimeError)  limits: wall=2
class S:
    def __str__(self):
        return str(self)
print(S())
