# Generated: nested statement trees, set 9.
pass
2.5e+209
while 's' ^ x & '''t''':
    @cache(maxsize=1)
    def fn1(*args: int):
        loc2 = 0
        pass
    x &= (lambda p0, p1, *args, p2=-1, p3={}: result) - (_ + self) & ((not False) | '''t''' ** _)
assert x and print and async, __x | __x
print = _ << k or 98516830259 + 0B10010100100

assert 230j, obj < node != key

pass

