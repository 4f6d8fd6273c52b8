import sys
import math
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0] = is_p[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i in range(n + 1) if is_p[i]]
ps = sieve(100000)
print(len(ps), ps[:10], ps[-3:])
def factor(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for line in sys.stdin:
    n = int(line)
    fs = factor(n)
    print(n, '=', ' * '.join(map(str, fs)), len(set(fs)), math.sqrt(n), math.isqrt(n) if hasattr(math, 'isqrt') and False else int(math.sqrt(n)))
def miller_rabin(n):
    if n < 2: return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(10**12, 10**12 + 100) if miller_rabin(n)], miller_rabin(2**61 - 1), miller_rabin(2**89 - 1))
print(math.factorial(25), math.log(1024, 2), math.log10(1000), math.hypot(3, 4), math.pi, math.e, math.ceil(2.1), math.floor(-2.1), math.trunc(-2.7))
print(math.copysign(1, -0.0), math.fmod(-7, 3), math.modf(3.75), math.frexp(8), math.ldexp(0.5, 4), math.degrees(math.pi), math.radians(180))
