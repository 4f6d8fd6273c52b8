n = int(input())
nums = [int(input()) for _ in range(n)]
print(sum(nums), max(nums), min(nums))
