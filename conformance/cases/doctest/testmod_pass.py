import doctest
import io
import sys


def square(x):
    """Squares.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(-2) == 4
    True
    """
    return x * x

RUN = doctest.testmod


if __name__ == '__main__':
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    result = RUN()
    sys.stdout = saved
    print(buf.getvalue().replace(__file__, 'case.py'))
    print(result)
