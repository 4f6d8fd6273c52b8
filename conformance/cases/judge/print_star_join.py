t = int(input())
for case in range(1, t + 1):
    xs = list(map(int, input().split()))
    print('Case #%d:' % case, *sorted(xs, reverse=True))
