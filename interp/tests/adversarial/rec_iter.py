# attack: __iter__ that calls iter(self)
# expect: runtime_error(RuntimeError)  limits: wall=2
class I:
    def __iter__(self):
        return iter(self)
for x in I():
    pass
