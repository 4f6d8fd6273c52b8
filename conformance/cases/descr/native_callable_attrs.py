# __name__, __qualname__, __objclass__, __self__, and the slot wrappers'
# __doc__ and __text_signature__.
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print([].append.__name__, [].append.__qualname__, [3].append.__self__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print((1).__add__.__name__, (1).__add__.__qualname__, (1).__add__.__self__, (1).__add__.__objclass__)
print(len.__name__, len.__qualname__, len.__module__, len.__self__)
print(int.__new__.__self__ is int, int.__new__.__qualname__, dict.fromkeys.__self__)
print(dict.__dict__['fromkeys'].__objclass__, dict.fromkeys.__qualname__)
print(int.__add__.__doc__, int.__add__.__text_signature__)
print((1).__add__.__text_signature__, int.__neg__.__doc__, int.__pow__.__text_signature__)
print(list.__len__.__doc__, object.__init__.__text_signature__)
for expr in ['list.append.__self__', 'int.__add__.__self__', '[].append.__objclass__',
             '[].append.__func__', 'int.__new__.__objclass__', 'list.append.__module__']:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, '->', e)
