import argparse
def show(ns):
    return sorted(vars(ns).items()), sys
sys.stderr = sys.stdout
def run(p, args):
    try:
        print(show(p.parse_args(args)))
    except SystemExit as e:
        print('exit', e.code)
p = argparse.ArgumentParser(prog='prog')
p.add_argument('x', type=int)
p.add_argument('--level', choices=['a', 'b'])
p.add_argument('--n', type=float)
p.add_argument('--two', nargs=2)
p.add_argument('--flag', action='store_true')
run(p, [])
run(p, ['notint'])
run(p, ['1', '--level', 'c'])
run(p, ['1', '--n', 'x'])
run(p, ['1', '--two', 'a'])
run(p, ['1', '--level'])
run(p, ['1', 'extra', '--bogus'])
run(p, ['1', '--flag=yes'])
run(p, ['1', '--fl'])
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
q = argparse.ArgumentParser(prog='q')
q.add_argument('n', type=positive)
q.add_argument('m', nargs='+')
run(q, ['-3', 'a'])
run(q, ['0', 'a'])
run(q, ['4'])
q.error('custom failure')
