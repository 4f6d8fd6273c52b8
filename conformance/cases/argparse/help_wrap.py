import argparse
p = argparse.ArgumentParser(prog='wrapper-program', add_help=False)
g = p.add_argument_group('flags')
for name in ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india']:
    g.add_argument('--' + name, metavar=name.upper(), help='the %s option, which has a rather long help text that needs to be wrapped over several lines' % name)
g.add_argument('-z', action='store_true', help='short')
p.add_argument_group('files').add_argument('inputs', nargs='+', help='input files')
p.print_help()
q = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-most-of-the-width-of-the-line', add_help=False)
for i in range(6):
    q.add_argument_group('g%d' % i).add_argument('--option-number-%d' % i, metavar='VALUE')
q.add_argument_group('p').add_argument('positional_argument')
print(q.format_usage())
