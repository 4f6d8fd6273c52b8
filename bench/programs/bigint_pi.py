# Big integers: digits of pi with Machin's formula, and a large factorial.
def arctan_inverse(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign = -sign
        n += 2
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inverse(5, unity) - arctan_inverse(239, unity))
    return pi // 10 ** 10


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


p = pi_digits(5000)
f = factorial(5000)
print(p % 10 ** 30, f.bit_length(), f % 1000000007)
