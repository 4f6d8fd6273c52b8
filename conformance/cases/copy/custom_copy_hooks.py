import copy
class C:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('copy called')
        return C(self.v)
    def __deepcopy__(self, memo):
        print('deepcopy called')
        return C(copy.deepcopy(self.v, memo))
x = C([1])
y = copy.copy(x)
z = copy.deepcopy(x)
print(y.v is x.v, z.v is x.v, z.v)
