import doctest
import io
import sys


def f(x):
    """
    >>> f(0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> f('a')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: something else
    >>> list(range(30))  # doctest: +ELLIPSIS
    [0, 1, ..., 29]
    >>> '1   2'.split()  # doctest: +NORMALIZE_WHITESPACE
    ['1',
     '2']
    >>> 1  # doctest: +SKIP
    2
    >>> x = 5
    >>> x + 1
    6
    >>> True
    1
    """
    return 1 / x

RUN = doctest.testmod


if __name__ == '__main__':
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    result = RUN()
    sys.stdout = saved
    print(buf.getvalue().replace(__file__, 'case.py'))
    print(result)
