import bisect
n, q = map(int, input().split())
arr = sorted(map(int, input().split()))
for _ in range(q):
    x = int(input())
    i = bisect.bisect_left(arr, x)
    print('YES' if i < n and arr[i] == x else 'NO', bisect.bisect_right(arr, x))
