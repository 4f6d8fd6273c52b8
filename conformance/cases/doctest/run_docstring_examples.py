import doctest
import io
import sys


def g():
    """
    >>> 1 + 1
    2
    >>> 'x' * 3
    'xxx'
    >>> 10 // 3
    4
    """

RUN = lambda: doctest.run_docstring_examples(g, {})


if __name__ == '__main__':
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    result = RUN()
    sys.stdout = saved
    print(buf.getvalue().replace(__file__, 'case.py'))
    print(result)
