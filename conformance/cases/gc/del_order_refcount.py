class D:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
root = D("parent", D("child"))
print("built")
root = None
print("after reassign")
def f():
    local = D("local")
    print("in f")
f()
print("after f")
items = [D("x"), D("y")]
del items[0]
print("after del item")
items.clear()
print("end")
