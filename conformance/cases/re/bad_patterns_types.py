import re
for pat in ['(', ')', '[a', 'a**', '*a', '(?P<1>a)', '(?P<a>a)(?P<a>b)', '(?<=a+)b', 'a{3,2}', '(?P=x)', '[z-a]', '\\', '(?z)', '(?P<a']:
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), 'error', isinstance(e, Exception))
for repl in [r'\3', r'\g<', '\\']:
    try:
        re.sub('(a)', repl, 'a')
    except re.error as e:
        print(repr(repl), 'error')
try:
    re.match('(a)', 'a').group(2)
except IndexError as e:
    print('IndexError', e)
try:
    re.match('(a)', 'a').group('x')
except IndexError as e:
    print('IndexError', e)
print(re.error.__name__, issubclass(re.error, Exception))
re.compile('(?P<n>a)').match('a').group('m')
