class I:
    def __init__(self):
        self.log = []
    def __isub__(self, o): self.log.append('isub'); return self
    def __imul__(self, o): self.log.append('imul'); return self
    def __itruediv__(self, o): self.log.append('itruediv'); return self
    def __ifloordiv__(self, o): self.log.append('ifloordiv'); return self
    def __imod__(self, o): self.log.append('imod'); return self
    def __ipow__(self, o): self.log.append('ipow'); return self
    def __ilshift__(self, o): self.log.append('ilshift'); return self
    def __iand__(self, o): self.log.append('iand'); return self
    def __ior__(self, o): self.log.append('ior'); return self
x = I()
x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x <<= 1; x &= 1; x |= 1
print(x.log)
