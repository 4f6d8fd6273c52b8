import sys
print('', end='', file=sys.stderr)
n = sys.stderr.write('')
print('to out', n, sys.stderr is sys.__stderr__)
