# Input for stdin_numbers.py: n = 10^6, then n pseudo-random integers.
import sys

n = 10 ** 6
seed = 2024
out = [str(n)]
for _ in range(n):
    seed = (seed * 1103515245 + 12345) % 2147483648
    out.append(str(seed % 1000000007 - 500000000))
sys.stdout.write(' '.join(out[:1]) + '\n' + '\n'.join(' '.join(out[i:i + 10]) for i in range(1, n + 1, 10)) + '\n')
