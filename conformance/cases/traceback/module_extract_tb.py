import sys
import traceback


def clean(text):
    return text.replace(__file__, 'case.py')

def f(n):
    if n == 0:
        raise KeyError('k')
    f(n - 1)

try:
    f(2)
except KeyError as e:
    entries = traceback.extract_tb(e.__traceback__)
    for filename, lineno, name, line in entries:
        print(clean(filename), lineno, name, line)
    print(len(traceback.extract_tb(e.__traceback__, limit=2)))
    print(clean(''.join(traceback.format_tb(e.__traceback__))), end='')
    print(clean(''.join(traceback.format_list(entries[:1]))), end='')
