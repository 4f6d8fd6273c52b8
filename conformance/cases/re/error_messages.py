import re
for pat in ['(', '[', '*', 'a{2,1}', '(?P<n>a)(?P<n>b)', r'\1', '(?<=a+)b']:
    try:
        re.compile(pat)
        print(pat, 'compiled')
    except re.error as e:
        print(pat, 'error')
print(issubclass(re.error, Exception))
