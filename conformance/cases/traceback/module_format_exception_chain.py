import sys
import traceback


def clean(text):
    return text.replace(__file__, 'case.py')

def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e

try:
    f()
except RuntimeError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(clean(''.join(lines)), end='')
    print('---')
    lines = traceback.format_exception(type(e), e, e.__traceback__, chain=False)
    print(clean(''.join(lines)), end='')
try:
    try:
        [][1]
    except IndexError:
        {}['k']
except KeyError as e:
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__))), end='')
