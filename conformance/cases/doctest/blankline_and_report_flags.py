import doctest
import io
import sys


def h():
    """
    >>> print('a')
    a
    >>> 1 + 1
    <BLANKLINE>
    >>> 3
    4
    >>> 5
    6
    """

RUN = lambda: doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)


if __name__ == '__main__':
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    result = RUN()
    sys.stdout = saved
    print(buf.getvalue().replace(__file__, 'case.py'))
    print(result)
