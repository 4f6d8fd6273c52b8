import inspect, sys, abc
def f(): pass
def g():
    yield 1
class C(object):
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def p(self): return 1
class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self): pass
objs = [('f', f), ('g', g), ('gen', g()), ('C', C), ('C()', C()), ('bound', C().m), ('C.m', C.m),
        ('len', len), ('sys', sys), ('int', int), ('lambda', lambda: 0), ('1', 1), ('str.join', str.join)]
for name, o in objs:
    print(name, inspect.isfunction(o), inspect.isclass(o), inspect.ismethod(o),
          inspect.isgenerator(o), inspect.isgeneratorfunction(o), inspect.ismodule(o), inspect.isroutine(o))
print(inspect.isbuiltin(len), inspect.isbuiltin(f), inspect.isbuiltin(abs))
print(inspect.isabstract(Abstract), inspect.isabstract(C), inspect.isabstract(1))
print(inspect.isdatadescriptor(C.__dict__['p']), inspect.isdatadescriptor(f))
print(inspect.iscode(f.__code__), inspect.iscode(f), inspect.isframe(sys._getframe()), inspect.isframe(f))
try:
    raise ValueError
except ValueError:
    print(inspect.istraceback(sys.exc_info()[2]), inspect.istraceback(None))
print(inspect.getmro(bool), inspect.getmro(C))
print(inspect.currentframe().f_code.co_name)
