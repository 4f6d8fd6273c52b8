import sys
import traceback


def clean(text):
    return text.replace(__file__, 'case.py')

def inner():
    raise ValueError('bad value')

def outer():
    inner()

try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()), end='')
