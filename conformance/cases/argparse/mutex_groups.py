import argparse
def show(ns):
    return sorted(vars(ns).items()), sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='m')
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('-a', action='store_const', const='A', dest='letter')
r.add_argument('-b', action='store_const', const='B', dest='letter')
print(show(p.parse_args(['-a'])), show(p.parse_args(['--xml', '-b'])))
for args in (['--json', '--xml', '-a'], [], ['-a', '-b']):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
p.print_usage()
try:
    g.add_argument('--req', required=True)
except ValueError as e:
    print('ValueError:', e)
