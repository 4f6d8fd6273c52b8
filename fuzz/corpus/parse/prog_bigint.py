# Big integer arithmetic: factorials, Fibonacci, digits of pi (Machin), Collatz.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def arctan_inv(x, digits):
    unity = 10 ** (digits + 10)
    total = term = unity // x
    n, sign, x2 = 3, -1, x * x
    while term:
        term //= x2
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total


def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(len(str(factorial(500))), pi_digits(50), max(range(1, 1000), key=collatz_len))
print(2 ** 256 - 1, -(2 ** 64) // 3, divmod(10 ** 30 + 7, 97), 0xFFFFFFFFFFFFFFFF + 1)
