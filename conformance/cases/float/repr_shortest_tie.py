# Two shortest round-trip candidates equally close to the value: repr picks
# the even one, as CPython's dtoa does (1e15 + 0.3 == 1000000000000000.25).
vals = [1e15 + 0.3, 1e15 + 0.7, 1e15 + 0.25, 1e15 - 0.75, 5e14 + 0.125, 2e15 + 0.5,
        -(1e15 + 0.3), 999999999999999.25]
for v in vals:
    print(repr(v), str(v), v.hex())
print(vals)
print(sum([0.25] * 4) + 1e15 + 0.25)
print((1e15 + 0.3) * 1, complex(1e15 + 0.3, 1e15 + 0.3))
