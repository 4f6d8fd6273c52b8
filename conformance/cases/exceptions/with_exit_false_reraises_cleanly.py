# An exception that `__exit__` does not suppress propagates with a clean
# exception state afterwards.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit", args[0].__name__)
        return False
def f():
    with CM():
        raise ValueError("v")
try:
    f()
except ValueError as e:
    print("caught", e, e.__context__)
print(sys.exc_info())
with CM():
    raise KeyError("k")
