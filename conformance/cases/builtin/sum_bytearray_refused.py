# sum() refuses str, bytes and bytearray start values
print(sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 1]), sum(range(4), 0.5))
for start in ['', b'', bytearray()]:
    try:
        sum([], start)
    except TypeError as e:
        print('TypeError:', e)
