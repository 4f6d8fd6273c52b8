# bin/oct/hex error paths: the argument must have __index__.
class Idx:
    def __index__(self):
        return 10
print(bin(Idx()), oct(Idx()), hex(Idx()), bin(-5), oct(-8), hex(-255), bin(True))
for f in [bin, oct, hex]:
    for a in ['a', 1.5, None, [1]]:
        try:
            f(a)
        except TypeError as e:
            print(f.__name__, e)
oct()
