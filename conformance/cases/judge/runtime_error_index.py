n = int(input())
arr = list(map(int, input().split()))
print(arr[n])
