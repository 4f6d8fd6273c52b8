from functools import reduce
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
nums = list(map(int, input().split()))
g = reduce(gcd, nums)
l = reduce(lambda a, b: a * b // gcd(a, b), nums)
print(g, l)
