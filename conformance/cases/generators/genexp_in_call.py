print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']), sorted((c for c in 'cab'), reverse=True))
