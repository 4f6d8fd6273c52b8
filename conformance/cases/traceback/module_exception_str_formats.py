import traceback
class E(Exception):
    def __str__(self):
        return 'custom text'
print(traceback.format_exception_only(E, E()))
print(traceback.format_exception_only(ValueError, ValueError()))
e = OSError(2, "No such file")
print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(KeyError, KeyError()))
print(traceback.format_exception(ValueError, ValueError('no tb'), None))
