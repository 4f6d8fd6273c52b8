from collections import UserString
s = UserString('Hello')
print(s, repr(s), s.upper(), s.lower(), s[1:3], type(s[1:3]).__name__, len(s))
print(s + '!', s * 2, 'ell' in s, s == 'Hello', s.replace('l', 'L'), s.split('l'))
print(s.find('l'), s.startswith('He'), s.data, s.center(9, '*'), int(UserString('42')) + 1)
print(sorted([UserString('b'), UserString('a')]))
