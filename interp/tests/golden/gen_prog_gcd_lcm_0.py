# Generated judge program: gcd, lcm and modular inverse (compact).
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def run_case(a, m):
    """Modular inverse with the extended Euclidean algorithm."""
    old_r, r = a, m
    old_s, s = 1, 0
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    if old_r != 1:
        raise ValueError('no inverse')
    return old_s % m


lcm = lambda a, b: a // gcd(a, b) * b
print(gcd(48, 180), lcm(4, 6), run_case(3, 11), run_case(10, 17), end=', ')
