import abc
from kaa_check import show, py34

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        return 'base'
    @abc.abstractproperty
    def prop(self):
        pass
    def concrete(self):
        return 'concrete'

class Half(Base):
    def run(self):
        return 'half ' + super().run()

class Full(Half):
    prop = 5

show("abstracts", lambda: (sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__)))
show("instantiate base", lambda: Base())
show("instantiate half", lambda: Half())
show("full", lambda: (Full().run(), Full().prop, Full().concrete()))
show("isinstance", lambda: (isinstance(Full(), Base), issubclass(Full, Half), issubclass(int, Base)))

class Meta(metaclass=abc.ABCMeta):
    pass
class Other:
    pass
show("register returns", lambda: Meta.register(Other) is Other)
show("registered", lambda: (issubclass(Other, Meta), isinstance(Other(), Meta)))
show("register builtin", lambda: (Meta.register(int), isinstance(3, Meta), issubclass(bool, Meta)))
show("register non-class", lambda: Meta.register(3))
class Sub(Meta):
    pass
show("cycle", lambda: Sub.register(Meta))
show("already", lambda: Meta.register(Sub) is Sub)
show("register abc to abc", lambda: (Base.register(Meta), issubclass(Other, Base), issubclass(Sub, Base)))
tok = abc.get_cache_token()
class Fresh:
    pass
Meta.register(Fresh)
show("token", lambda: abc.get_cache_token() > tok)

class Hook(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    quack = 1
class NotDuck:
    pass
show("hook", lambda: (issubclass(Duck, Hook), issubclass(NotDuck, Hook), isinstance(Duck(), Hook)))
class BadHook(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return 'yes'
py34("bad hook", lambda: issubclass(int, BadHook), "AssertionError: ")  # a bare assert in 3.4

class CM(abc.ABC):
    @abc.abstractclassmethod
    def make(cls):
        pass
    @abc.abstractstaticmethod
    def util():
        pass
show("abstract cm sm", lambda: sorted(CM.__abstractmethods__))
class CMImpl(CM):
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def util():
        return 'u'
show("cm impl", lambda: (CMImpl.make(), CMImpl.util(), CMImpl().make()))
show("abstractmethod attr", lambda: (getattr(Base.run, '__isabstractmethod__', None), getattr(Full.run, '__isabstractmethod__', False)))
class PropABC(abc.ABC):
    @property
    @abc.abstractmethod
    def value(self):
        pass
show("abstract property", lambda: (sorted(PropABC.__abstractmethods__), PropABC.value.__isabstractmethod__))
show("abc type", lambda: (type(abc.ABC), type(Base).__name__, abc.ABCMeta.__name__))
class Later(abc.ABC):
    @abc.abstractmethod
    def a(self): pass
    @abc.abstractmethod
    def b(self): pass
show("two missing", lambda: Later())
