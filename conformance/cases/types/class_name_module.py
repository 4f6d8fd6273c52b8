class C:
    pass
print(C.__name__, C.__module__, type(C()).__name__, C().__class__ is C, int.__name__, int.__module__ if hasattr(int, '__module__') else '')
