import itertools as it
for n in range(0, 6):
    pool = list(range(n))
    for r in range(0, 7):
        a = list(it.permutations(pool, r)); b = list(it.combinations(pool, r)); c = list(it.combinations_with_replacement(pool, r))
        print(n, r, len(a), len(b), len(c), __import__("hashlib").md5(repr((a, b, c)).encode()).hexdigest()[:8])
    print(list(it.product(pool, 'ab', repeat=1))[:3], len(list(it.product(pool, repeat=3))), list(it.product(pool, [])), list(it.product()))
p = it.permutations('abc')
print(next(p), list(p), list(p))
import gc
x = []
for t in it.product([x], repeat=2):
    pass
print(len(list(it.permutations(range(70), 1))), list(it.islice(it.combinations(range(100), 3), 2)))
