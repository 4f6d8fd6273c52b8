# Implicit concatenation of adjacent literals, docstrings, multi-line strings.
"""Module docstring
spanning lines."""

s = 'a' 'b' "c"
s = ('first line '
     'second line '
     "third")
s = r'raw\n' 'cooked\n'
s = u'u' 'plain'
b = b'one' b'two' B"three"
b = (b'x'
     rb'\y')
s = '''a''' """b""" 'c'
msg = ("error: %s"
       " at line %d" % (name, line))
call("implicit" "concat", 'in'
     'arguments')


def f():
    "function docstring"
    'another expression statement'


class C:
    '''class docstring'''
    x = """
    indented
        content
    """
