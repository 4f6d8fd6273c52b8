# A step far below -sys.maxsize is clamped, as CPython does, so every
# sequence type returns its last item.
print([1, 2, 3][::-2**100], "abc"[::-2**100], (1, 2, 3)[2::-2**70])
print(b"xyz"[::-2**100], bytearray(b"pq")[::-2**64], list(range(6))[4:0:-2**90])
print(range(5)[::-2**100], [1, 2, 3][::2**100], slice(None, None, -2**100).indices(4))
