# A built-in sequence repeated by an object with __index__, on either side.
class Count:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(Count(2) * [1], [1] * Count(3), Count(2) * "ab", (0,) * Count(2), Count(-1) * [5])
print(Count(2) * b"x", bytearray(b"y") * Count(2))

class NoIndex:
    pass

try:
    NoIndex() * [1]
except TypeError as e:
    print("TypeError", e)
