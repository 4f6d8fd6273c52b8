import copy
class X:
    def __reduce_ex__(self, proto):
        raise copy.Error('nope')
print(copy.Error.__name__, issubclass(copy.Error, Exception))
copy.copy(X())
