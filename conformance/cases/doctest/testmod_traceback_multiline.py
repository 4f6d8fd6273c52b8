def add(a, b):
    """Add numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(1, None)
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
    >>> print('x\\ny')
    x
    y
    """
    return a + b

class K:
    """
    >>> K().m()
    'm'
    """
    def m(self):
        """
        >>> 1 + 1
        2
        """
        return 'm'

if __name__ == '__main__':
    import doctest, io, sys
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    r = doctest.testmod()
    r2 = doctest.testmod(verbose=False, report=False)
    sys.stdout = saved
    print(buf.getvalue().replace(__file__, 'case.py'))
    print(r, r.failed, r.attempted)
    print(r2)
