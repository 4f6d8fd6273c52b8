import argparse
import sys
import io

parser = argparse.ArgumentParser(prog='tool', description='Process some records.')
parser.add_argument('files', nargs='+', help='input files')
parser.add_argument('-n', '--count', type=int, default=10, help='number of lines (default: %(default)s)')
parser.add_argument('-v', '--verbose', action='store_true')
parser.add_argument('--mode', choices=['fast', 'slow'], default='fast')
parser.add_argument('-t', '--tag', action='append', dest='tags')
grp = parser.add_mutually_exclusive_group()
grp.add_argument('--json', action='store_true')
grp.add_argument('--csv', action='store_true')

args = parser.parse_args(['a.txt', 'b.txt', '-n', '5', '-v', '--tag', 'x', '-t', 'y', '--csv'])
print(args.files, args.count, args.verbose, args.mode, args.tags, args.json, args.csv)
print(sorted(vars(args).items()))
print(parser.format_usage())
for bad in [[], ['a', '-n', 'x'], ['a', '--mode', 'medium'], ['a', '--json', '--csv'], ['a', '--bogus']]:
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    print(err.getvalue().strip().splitlines()[-1])
sub = argparse.ArgumentParser(prog='git')
sp = sub.add_subparsers(dest='cmd')
c = sp.add_parser('commit')
c.add_argument('-m')
p = sp.add_parser('push')
p.add_argument('remote', nargs='?', default='origin')
print(sub.parse_args(['commit', '-m', 'msg']))
print(sub.parse_args(['push']))
ns, rest = parser.parse_known_args(['f', '--unknown', '3'])
print(ns.files, rest)
