import sys
sys.setrecursionlimit(10000)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def catalan(n):
    return fact(2 * n) // (fact(n) * fact(n + 1))
for line in sys.stdin:
    parts = line.split()
    if not parts:
        continue
    cmd, n = parts[0], int(parts[1])
    if cmd == 'fact':
        s = str(fact(n))
        print(len(s), s[:20], sum(map(int, s)))
    elif cmd == 'fib':
        print(fib(n))
    elif cmd == 'cat':
        print(catalan(n))
    elif cmd == 'pow':
        print(pow(3, n, 10**9 + 7), pow(2, n) % 1000007, (-7) ** 3, -7 // 2, -7 % 3, divmod(-17, 5))
    elif cmd == 'gcd':
        def gcd(a, b):
            while b:
                a, b = b, a % b
            return abs(a)
        print(gcd(fact(20), fib(60)), gcd(-12, 18))
print(int('1' * 50) * int('9' * 40), 2 ** 200 - 3 ** 120, (10 ** 30) // 7, -(10 ** 30) // 7, (10**30) % -7)
print(format(2**100, 'x'), oct(-2**70), bin(12345678901234567890), int('ff' * 10, 16), (2**64).bit_length())
print(abs(-10**25), round(10**25 + 0.5) if False else 10**25 // 3 * 3, float(10**20), int(1e20), int(-1.5e19))
print(str(2**1000)[-10:], len(str(7**500)))
