import re
p = re.compile(r'(?P<first>a)(b)(?P<third>c)', re.I | re.M)
print(p.pattern, p.groups, sorted(p.groupindex.items()), p.flags & (re.I | re.M) == (re.I | re.M))
print(re.compile('x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags, re.compile('(?s)x').flags)
print([int(f) for f in (re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.DOTALL, re.VERBOSE, re.MULTILINE, re.ASCII)])
print(p.match('ABC').group('third'), p.fullmatch('abc').span(), p.search('zzabc').start())
print(p == re.compile(r'(?P<first>a)(b)(?P<third>c)', re.I | re.M))
