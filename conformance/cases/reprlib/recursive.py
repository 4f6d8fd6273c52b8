import reprlib
class Node(object):
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)
a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)
class Other(object):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other[%r]' % (self.me,)
o = Other()
o.me = o
print(repr(o))
class Sub(reprlib.Repr):
    def repr_int(self, x, level):
        return 'INT'
print(Sub().repr([1, 'a', (2, 3)]))
