import inspect
def f():
    return 1
try:
    inspect.getsource(inspect.getsource(3))
except TypeError as e:
    print('TypeError')
inspect.getsource(int)
