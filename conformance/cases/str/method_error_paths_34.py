# Error paths of str methods the other cases only call successfully.
def err(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for name in ['capitalize', 'casefold', 'isalnum', 'isalpha', 'isdecimal', 'isidentifier',
             'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper',
             'swapcase', 'title']:
    err(lambda: getattr('ab', name)(1))
err(lambda: 'a'.rjust(3, 'xy'))
err(lambda: 'a b'.rsplit(''))
err(lambda: 'a b'.rsplit(None, 1, 2))
err(lambda: 'ab'.rpartition(''))
print('ab'.rjust(4, '*'), 'a b c'.rsplit(None, 1), 'a.b.c'.rpartition('.'))
'ab'.title(None)
