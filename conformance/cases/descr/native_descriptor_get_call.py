# __get__ and __call__ of native callables.
l = [1]
list.append.__get__(l)(2)
print(l, int.__add__.__get__(3)(4), len.__call__([1, 2]), [].append.__call__(1))
print(list.append.__get__(None, list) is list.append)
print(dict.__dict__['fromkeys'].__get__(None, dict)([1]))
print(int.__add__.__call__(1, 2), (1).__add__.__call__(5), str.upper.__call__('x'))
print(callable(list.append), callable((1).__add__), callable(int.__new__))
try:
    list.append.__get__(1)
except TypeError as e:
    print(type(e).__name__)
len.__call__()
