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
import operator
for args in ((Count(2), [1]), ([1], 1.5), ([1], Count(2))):
    try:
        print(operator.imul(*args))
    except TypeError as e:
        print("TypeError", e)
x = [7]
x *= Count(3)
print(x)
