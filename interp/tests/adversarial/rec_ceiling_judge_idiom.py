# attack: none, the judge idiom: sys.setrecursionlimit(10**6) then a 50,000-deep recursion must work under the default ceiling (1,000,000)
# expect: ok  limits: memory=256M wall=10
# stdout: "50000\n"
import sys
sys.setrecursionlimit(10 ** 6)


def d(n):
    return 0 if n == 0 else 1 + d(n - 1)


print(d(50000))
