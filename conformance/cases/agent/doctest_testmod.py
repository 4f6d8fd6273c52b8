import doctest

def add(a, b):
    """Return the sum.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(1, 'x')
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for +: 'int' and 'str'
    >>> print(add(2.5, 2))
    4.5
    """
    return a + b

def greet(name):
    """
    >>> greet('world')
    Hello, world!
    >>> greet('x')  # doctest: +ELLIPSIS
    Hello...
    >>> 1/0
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    print("Hello, %s!" % name)

if __name__ == '__main__':
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        res = doctest.testmod(verbose=False)
    print(buf.getvalue().replace(__file__, 'case.py'))
    print(res)
    print(res.failed, res.attempted)
