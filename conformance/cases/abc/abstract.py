from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self):
        pass
class Impl(Base):
    def run(self):
        return 'ran'
print(Impl().run(), isinstance(Impl(), Base), sorted(Base.__abstractmethods__))
class Duck(metaclass=ABCMeta):
    pass
Duck.register(int)
print(isinstance(3, Duck), issubclass(bool, Duck), issubclass(str, Duck))
