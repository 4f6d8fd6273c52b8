import doctest
import io
import sys

def use_k():
    """
    >>> K * 2
    84
    """

saved = sys.stdout
sys.stdout = buf = io.StringIO()
r = doctest.testmod(extraglobs={'K': 42}, report=True)
r2 = doctest.testmod(name='renamed', report=False, extraglobs={'K': 1})
sys.stdout = saved
print(repr(buf.getvalue().replace(__file__, 'case.py')), r, r2)
