import sys
import traceback


def clean(text):
    return text.replace(__file__, 'case.py')

def f():
    raise TypeError('t')

try:
    f()
except TypeError as e:
    t = e.__traceback__
    print(t.tb_lineno, t.tb_next.tb_lineno, t.tb_next.tb_next)
