from functools import cmp_to_key
def cmp(a, b):
    return (a % 10) - (b % 10) or a - b
print(sorted([21, 13, 11, 5, 32], key=cmp_to_key(cmp)))
