class Meta(type):
    def describe(cls):
        return 'class ' + cls.__name__
class C(metaclass=Meta):
    pass
print(C.describe())
try:
    C().describe()
except AttributeError:
    print('instances do not see metaclass methods')
