import array
a = array.array('i', [1, 2])
for other in [1, [3], 'x', (4,)]:
    try:
        a + other
    except TypeError as e:
        print(e)
    try:
        a += other
    except TypeError as e:
        print(e)
class R:
    def __radd__(self, other):
        return 'radd'
print(a + R())
print(a + array.array('i', [3]), a)
