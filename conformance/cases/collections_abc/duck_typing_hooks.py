from collections.abc import Iterable, Sized, Container, Hashable, Iterator
class A:
    def __iter__(self):
        return iter([])
class B:
    def __len__(self):
        return 0
class C:
    def __contains__(self, x):
        return True
class H:
    __hash__ = None
class I:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(A(), Iterable), isinstance(B(), Sized), isinstance(C(), Container))
print(isinstance(H(), Hashable), isinstance(A(), Iterator), isinstance(I(), Iterator))
print(issubclass(A, Sized), issubclass(B, Iterable))
