# Judge-style: read 10^6 integers with sys.stdin.read().split(), then sort,
# prefix sums and a few queries (input from stdin_numbers.gen.py).
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:n + 1]))
    total = sum(nums)
    nums.sort()
    prefix = [0] * (n + 1)
    acc = 0
    for i, x in enumerate(nums):
        acc += x
        prefix[i + 1] = acc
    median = nums[n // 2]
    distinct = len(set(nums))
    out = [str(total), str(median), str(distinct), str(prefix[n // 3]), str(max(nums) - min(nums))]
    sys.stdout.write('\n'.join(out) + '\n')


main()
