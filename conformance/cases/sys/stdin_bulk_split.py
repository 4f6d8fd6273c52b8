import sys
data = sys.stdin.read().split()
nums = list(map(int, data))
print(len(nums), sum(nums), nums[:3], nums[-2:])
