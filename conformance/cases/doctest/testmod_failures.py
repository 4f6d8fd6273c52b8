import doctest
import io
import sys


def add(a, b):
    """Adds.

    >>> add(1, 2)
    3
    >>> add(2, 2)
    5
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    """
    return a + b

class K:
    """A class.

    >>> K().m()
    'm'
    """
    def m(self):
        """
        >>> 2 * 3
        7
        """
        return 'm'

RUN = doctest.testmod


if __name__ == '__main__':
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    result = RUN()
    sys.stdout = saved
    print(buf.getvalue().replace(__file__, 'case.py'))
    print(result)
