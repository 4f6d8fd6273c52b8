import sys
print('flushed', file=sys.stdout, flush=True)
