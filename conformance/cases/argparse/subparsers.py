import argparse, sys
sys.stderr = sys.stdout
def show(ns):
    return sorted(vars(ns).items())
p = argparse.ArgumentParser(prog='git', add_help=False)
p.add_argument_group('global').add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', add_help=False)
cg = c.add_argument_group('commit options')
cg.add_argument('-m', '--message', required=True)
cg.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
pu = sub.add_parser('push', aliases=['p'], help='update remote')
pu.add_argument('remote', nargs='?', default='origin')
print(show(p.parse_args(['commit', '-m', 'msg'])))
print(show(p.parse_args(['--debug', 'push'])))
print(show(p.parse_args(['p', 'upstream'])))
print(show(p.parse_args([])))
ns, rest = p.parse_known_args(['push', 'x', '--zzz'])
print(show(ns), rest)
for args in (['commit'], ['nope'], ['push', 'a', 'b']):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
p.print_help()
c.print_help()
print(pu.prog, c.prog)
try:
    p.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
s2 = argparse.ArgumentParser(prog='s2', add_help=False)
sp = s2.add_subparsers(title='commands', description='available commands', metavar='CMD')
sp.add_parser('run', help='run it')
sp.add_parser('stop')
s2.print_help()
