target = int(input())
nums = list(map(int, input().split()))
seen = {}
for i, x in enumerate(nums):
    if target - x in seen:
        print(seen[target - x], i)
        break
    seen[x] = i
else:
    print(-1)
