import argparse
p = argparse.ArgumentParser(prog='ver', add_help=False)
g = p.add_argument_group('opts')
g.add_argument('--version', action='version', version='%(prog)s 2.0')
g.add_argument('-h', '--help', action='help')
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.exit(0, 'bye\n')
except SystemExit as e:
    print('exit', e.code)
p.exit(5)
