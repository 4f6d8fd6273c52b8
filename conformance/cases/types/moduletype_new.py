import sys, types
m = types.ModuleType("mymod", "the doc")
print(m.__name__, m.__doc__, type(m) is type(sys), repr(m))
m.value = 42
print(m.value, sorted(k for k in vars(m) if not k.startswith("__")))
n = type(sys)("other")
print(n.__name__, n.__doc__)
class Sub(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__
print(Sub("sub").hello())
