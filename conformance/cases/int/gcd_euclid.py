def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 60, 6 ** 20), gcd(17, 5), gcd(0, 9))
