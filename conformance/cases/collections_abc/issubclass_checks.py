from collections import abc
print(issubclass(list, abc.MutableSequence), issubclass(tuple, abc.MutableSequence), issubclass(dict, abc.Mapping))
print(issubclass(str, abc.Sequence), issubclass(int, abc.Hashable), issubclass(list, abc.Hashable))
print(issubclass(frozenset, abc.Set), issubclass(frozenset, abc.MutableSet), issubclass(set, abc.MutableSet))
def g():
    yield 1
print(isinstance(g(), abc.Iterator), isinstance(g, abc.Callable))
