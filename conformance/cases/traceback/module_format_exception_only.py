import sys
import traceback


def clean(text):
    return text.replace(__file__, 'case.py')

class MyError(Exception):
    pass

print(traceback.format_exception_only(ValueError, ValueError('x')))
print(traceback.format_exception_only(KeyError, KeyError('k')))
print(traceback.format_exception_only(MyError, MyError()))
print(traceback.format_exception_only(StopIteration, StopIteration()))
try:
    compile('x = = 1', 'snippet.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(SyntaxError, e))
