class Interface(type):
    def __new__(mcs, name, bases, ns):
        if bases and 'run' not in ns:
            raise TypeError(name + ' must define run')
        return super().__new__(mcs, name, bases, ns)
class Base(metaclass=Interface): pass
class Good(Base):
    def run(self):
        return 'ran'
print(Good().run())
class Bad(Base):
    pass
