import itertools as it
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([])))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['ab', 'c'])), list(it.compress('abcd', [1, 0, 1])))
print(list(it.islice(it.count(5, 2), 3)), list(it.islice(it.count(0.5), 2)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat(1, 3)))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 4, 1])), list(it.filterfalse(None, [0, 1, 2, 0])))
print([(k, list(g)) for k, g in it.groupby('aabbbc')], [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice('abc', 10)), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), len(it.tee('x', 3)))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], 'x')), list(it.product()))
print(list(it.permutations([1, 2, 3])), list(it.permutations('abc', 2)), list(it.permutations([], 0)), list(it.permutations([1], 2)))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('ab', 3)), list(it.combinations([1], 2)))
print(repr(it.count(3)), repr(it.count(1, 0.5)), repr(it.repeat('a', 2)))
print(sum(1 for _ in it.permutations(range(8))), sum(1 for _ in it.combinations(range(20), 5)), sum(1 for _ in it.product(range(10), repeat=5)))
g = it.groupby('aab')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
try:
    it.islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
try:
    it.permutations('abc', -1)
except ValueError as e:
    print('ValueError', e)
it.chain(1, 2).__next__()
