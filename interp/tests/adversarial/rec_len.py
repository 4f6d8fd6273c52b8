# attack: __len__ that calls len(self)
# expect: runtime_error(RuntimeError)  limits: wall=2
class N:
    def __len__(self):
        return len(self)
len(N())
