import fnmatch, re
for pat in ['*.py', 'a?c', '[abc]*', '[!x]y', 'lit.txt', 'a[', '[]]', '**', '[a-z][0-9]?']:
    rx = re.compile(fnmatch.translate(pat))
    print(pat, [s for s in ['a.py', 'abc', 'bz', 'xy', 'yy', 'lit.txt', 'litXtxt', 'a[', ']', 'q1z', 'Q1z', ''] if rx.match(s)])
print(type(fnmatch.translate('*')).__name__)
fnmatch.fnmatch(1, '*')
