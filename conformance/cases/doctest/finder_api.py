import doctest

def a():
    """
    >>> 1
    1
    """

def b():
    pass

class C:
    """
    >>> 2
    2
    """
    def m(self):
        """
        >>> 3
        3
        """

tests = doctest.DocTestFinder().find(a)
print([(t.name, len(t.examples)) for t in tests])
tests = doctest.DocTestFinder(exclude_empty=False).find(C)
print([(t.name, len(t.examples)) for t in tests])
doctest.DocTestFinder().find(object())
