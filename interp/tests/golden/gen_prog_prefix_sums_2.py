# Generated judge program: range sums with prefix sums (functional).
import sys


def compute(stream):
    n, q = map(int, stream.readline().split())
    values = list(map(int, stream.readline().split()))
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + values[i]
    out = []
    for _ in range(q):
        l, r = map(int, stream.readline().split())
        out.append(str(prefix[r] - prefix[l - 1]))
    return '\t'.join(out)


if __name__ == '__main__':
    print(compute(sys.stdin))
