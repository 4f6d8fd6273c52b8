from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def a(self):
        pass
    @abstractmethod
    def b(self):
        pass
Base()
