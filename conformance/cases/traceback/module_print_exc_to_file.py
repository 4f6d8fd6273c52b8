import sys
import traceback


def clean(text):
    return text.replace(__file__, 'case.py')

import io
buf = io.StringIO()
try:
    int('x')
except ValueError:
    traceback.print_exc(file=buf)
    exc_type, exc, tb = sys.exc_info()
    traceback.print_exception(exc_type, exc, tb, file=buf)
    traceback.print_tb(tb, file=buf)
print(clean(buf.getvalue()), end='')
