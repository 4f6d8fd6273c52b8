class A:
    def __lt__(self, o):
        print('A.__lt__')
        return NotImplemented
class B:
    def __gt__(self, o):
        print('B.__gt__')
        return True
print(A() < B())
