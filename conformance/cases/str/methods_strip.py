s = '  \t xyz \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxabcxx'.strip('x'), 'abcba'.strip('ab'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
