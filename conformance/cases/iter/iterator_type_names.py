# type(iter(x)).__name__ for the built-in containers (str and memoryview
# iterators are named differently in 3.4 and are left out).
for x in [[], (), b'', bytearray(), range(3), range(10**20), set(), frozenset(),
          {}, {}.keys(), {}.values(), {}.items()]:
    print(type(x).__name__, type(iter(x)).__name__)
print(type(iter(lambda: 1, 2)).__name__)
print(type(reversed([])).__name__, type(reversed(range(3))).__name__)
print(type(reversed('ab')).__name__, type(reversed((1,))).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
class G:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError
print(type(iter(G())).__name__, list(G()))
