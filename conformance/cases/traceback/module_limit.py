import sys
import traceback


def clean(text):
    return text.replace(__file__, 'case.py')

def deep(n):
    if n == 0:
        raise OverflowError('deep')
    deep(n - 1)

try:
    deep(5)
except OverflowError as e:
    print(len(traceback.extract_tb(e.__traceback__)))
    print(clean(traceback.format_exc(limit=2)), end='')
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=1))), end='')
