from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
words = ['pear', 'Apple', 'fig', 'banana']
print(sorted(words, key=cmp_to_key(lambda a, b: cmp(len(a), len(b)) or cmp(a.lower(), b.lower()))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), max([3, 9, 2], key=K))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
