total = 0
count = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line.strip():
        continue
    nums = list(map(int, line.split()))
    total += sum(nums)
    count += len(nums)
print("count=%d total=%d avg=%.3f" % (count, total, total / count))
print(input())
