# The TypeError of an augmented assignment names the augmented operator.
for src in ['x = 1; x += "a"', 'x = [1]; x -= [1]', 'x = {1}; x |= [2]', 'x = None; x *= 2',
            'x = 1.5; x //= "a"', 'x = (1,); x &= (2,)', 'x = "a"; x -= "b"',
            'x = b"a"; x **= 2', 'x = object(); x >>= 1', 'x = 2; x @= 3' if False else 'x = 2; x %= []']:
    try:
        exec(src)
    except TypeError as e:
        print(e)
x = [1]
x *= 1.5
