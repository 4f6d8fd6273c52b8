import shlex
for s in ['a b c', '  leading and   trailing  ', 'a "b c" d', "a 'b c' d", 'a\\ b c',
          '"a \\"quoted\\" word"', "'single \\' backslash'", 'x="1 2" y=3', 'a#b # comment',
          '', 'foo""bar', "it's\"\"", '"\\$HOME" \\\\ "\\\\"', 'tab\there\nnewline',
          'café naïve', "a'b'c\"d\"e"]:
    print(repr(s), shlex.split(s))
print(shlex.split('a # b c', comments=True))
print(shlex.split('a "b c" d', posix=False))
print(shlex.split("a 'b c'd", posix=False))
for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'a;b', 'path/to-file.txt',
          'x=1,y@2%', 'tab\t', 'ünï']:
    print(repr(s), shlex.quote(s))
print(shlex.split(' '.join(shlex.quote(x) for x in ['a b', "c'd", '', '$x'])))
for bad in ['"unterminated', "'open", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
shlex.split('a "b')
