from itertools import permutations, combinations, combinations_with_replacement, product
p = permutations(range(4))
print(next(p), next(p), len(list(p)))
print(sum(1 for _ in permutations(range(70), 1)), list(permutations(range(66), 2))[-1])
print(list(combinations(range(70), 69))[-1][:3], len(list(combinations_with_replacement('ab', 66))))
print(list(product(*[range(2)] * 3))[-2:], len(list(product('ab', repeat=7))))
c = combinations('abcd', 2)
print(next(c), list(c), list(c))
print([''.join(x) for x in product('ab', repeat=2)], list(combinations_with_replacement(range(3), 3))[4:7])
