import fnmatch
tests = [('abc', 'abc'), ('abc', '?*?'), ('abc', '???*'), ('abc', '*???'), ('abc', '???'),
         ('abc', '*'), ('abc', 'ab[cd]'), ('abc', 'ab[!de]'), ('abc', 'ab[de]'), ('a', '??'),
         ('a', 'b'), ('\\', '[\\]'), ('a', '[!\\]'), ('\\', '[!\\]'), ('foo\nbar', 'foo*'),
         ('foo\nbar\n', 'foo*'), ('\nfoo', 'foo*'), ('\n', '*'), ('a]b', 'a[]]b'),
         ('a-b', 'a[a-c]b'), ('a[b', 'a[b'), ('x.py', '*.py'), ('X.PY', '*.py'),
         ('a^b', 'a[^]b'), ('a!b', 'a[!]b'), ('abc', 'a[!b-z]c'), ('a.b', 'a?b'),
         ('[', '['), ('a(b)', 'a(b)'), ('a+b', 'a+b'), ('a$', 'a$'), ('', '*'), ('', '?')]
for name, pat in tests:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
names = ['main.py', 'util.py', 'README.md', 'setup.cfg', 'test_main.py', '.hidden.py']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, 'test_*'))
print(fnmatch.filter(names, '[!.]*.py'))
print(fnmatch.filter([], '*'))
print(fnmatch.fnmatchcase(b'data.bin', b'*.bin'), fnmatch.filter([b'a.c', b'b.h'], b'*.c'))
