import doctest
import io
import sys


def double(x):
    """
    >>> double(2)
    4
    >>> double('ab')
    'abab'
    """
    return x * 2

def nodoc():
    pass

RUN = lambda: doctest.testmod(verbose=True)


if __name__ == '__main__':
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    result = RUN()
    sys.stdout = saved
    print(buf.getvalue().replace(__file__, 'case.py'))
    print(result)
