# Method calls and attribute access on small objects.
class Counter:
    def __init__(self, step):
        self.value = 0
        self.step = step

    def bump(self):
        self.value += self.step
        return self

    def get(self):
        return self.value


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def norm1(self):
        return abs(self.x) + abs(self.y)


def work(n):
    c = Counter(3)
    p = Point(0, 0)
    total = 0
    for i in range(n):
        c.bump().bump()
        p = p.moved(1, -1)
        total += c.get() % 11 + p.norm1() % 5
    return total, c.value, p.x, p.y


print(work(300000))
