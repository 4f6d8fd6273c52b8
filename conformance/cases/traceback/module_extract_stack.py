import sys
import traceback


def clean(text):
    return text.replace(__file__, 'case.py')

def a():
    return b()

def b():
    return traceback.extract_stack()

stack = a()
for filename, lineno, name, line in stack[-3:]:
    print(clean(filename), lineno, name, line)
print(clean(''.join(traceback.format_list(stack[-2:]))), end='')
