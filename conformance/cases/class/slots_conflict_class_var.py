try:
    class T:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
class U:
    __slots__ = ("a", 5)
